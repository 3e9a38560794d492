int f(void) { int x; x = 08; return x; }
