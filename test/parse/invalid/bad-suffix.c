int f(void) { return 1abc; }
