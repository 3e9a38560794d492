// oracle: gcc -c
// hosted
/* In a hosted program, gcc knows that abort, exit, _exit and _Exit never return, even when the
   program declares them itself without _Noreturn; a definition of its own that returns is
   reported. (Freestanding, as in sema-noreturn.c, they are ordinary functions.) */
void abort(void);
void exit(int status);
void _exit(int status);
void _Exit(int status);
_Noreturn void die(void) { exit(1); }
_Noreturn void fail(void) { abort(); }
_Noreturn void quit(int code) { if (code) _exit(code); _Exit(0); }
int sign(int x) {
  if (x > 0) return 1;
  if (x < 0) return -1;
  exit(2);
}
int main(void) { return sign(1); }
