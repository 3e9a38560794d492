/* Characters that are not C. */
int f(void) { return 1 @ 2; }
int g(void) { return `x`; }
// expect: 2:24: error: stray '@' in program
// expect: 2:23: error: expected ';' before numeric constant
// expect: 3:22: error: stray '`' in program
// expect: 3:24: error: stray '`' in program
