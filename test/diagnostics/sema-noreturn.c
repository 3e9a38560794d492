// oracle: gcc -c
/* Functions that must not return. */
_Noreturn void die(int code) { if (code) return; }
__attribute__((noreturn)) void spin(void) { for (;;) { } }
void halt(void) __attribute__((noreturn));
void halt(void) { }
// expect: 3:42: warning: function declared 'noreturn' has a 'return' statement
// expect: 3:50: warning: 'noreturn' function does return
// expect: 6:19: warning: 'noreturn' function does return
