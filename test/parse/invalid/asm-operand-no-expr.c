int f(void) { __asm__("nop" : "=r" ); return 0; }
