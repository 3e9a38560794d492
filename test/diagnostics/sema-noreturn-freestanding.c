// oracle: gcc -c
/* Freestanding (the kernel's environment), exit and abort are ordinary functions: a _Noreturn
   function that only calls them may return, and a function whose last act is such a call falls
   off its end. (Hosted, as in sema-noreturn-hosted.c, gcc knows they never return.) */
void abort(void);
void exit(int status);
_Noreturn void die(void) { exit(1); }
_Noreturn void fail(void) { abort(); }
int sign(int x) {
  if (x > 0) return 1;
  exit(2);
}
// expect: 7:37: warning: 'noreturn' function does return
// expect: 8:38: warning: 'noreturn' function does return
// expect: 12:1: warning: control reaches end of non-void function [-Wreturn-type]
