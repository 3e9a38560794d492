int f(void) { int *p = (int *; return 0; }
