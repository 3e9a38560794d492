int f(void) { do { } while (1) return 0; }
