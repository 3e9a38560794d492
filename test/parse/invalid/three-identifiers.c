int f(void) { x y z; }
