// The gcc side of abi/narrow.
char gcc_next_char(char c) { return (char)(c + 1); }
unsigned char gcc_add_uc(unsigned char a, unsigned char b) { return (unsigned char)(a + b); }
short gcc_neg_short(short s) { return (short)-s; }
unsigned short gcc_us(unsigned short a) { return (unsigned short)(a * 3); }
_Bool gcc_is_odd(int x) { return x & 1; }
int gcc_sum_narrow(char a, unsigned char b, short c, unsigned short d, _Bool e) { return a + b + c + d + e; }
int gcc_call_narrow(signed char (*f)(signed char, short)) { return f(-100, 7) * 1000 + f(126, -1); }
