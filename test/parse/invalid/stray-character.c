int f(void) { return @; }
