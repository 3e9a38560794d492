int f(void) { return g(2); }
