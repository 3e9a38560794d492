// ABI: char, short, unsigned char and _Bool arguments and return values between the two compilers.
int printf(const char *, ...);

/* gcc side */
char gcc_next_char(char c);
unsigned char gcc_add_uc(unsigned char a, unsigned char b);
short gcc_neg_short(short s);
unsigned short gcc_us(unsigned short a);
_Bool gcc_is_odd(int x);
int gcc_sum_narrow(char a, unsigned char b, short c, unsigned short d, _Bool e);
int gcc_call_narrow(signed char (*f)(signed char, short));

/* called by gcc */
signed char logos_half(signed char c, short s) { return (signed char)(c / 2 + s); }

int main(void) {
  printf("%d %d\n", gcc_next_char('a'), gcc_next_char(127));
  printf("%d %d\n", gcc_add_uc(200, 100), gcc_add_uc(1, 2));
  printf("%d %d\n", gcc_neg_short(-32768), gcc_neg_short(1234));
  printf("%d\n", gcc_us(65535));
  printf("%d %d\n", gcc_is_odd(7), gcc_is_odd(-4));
  int x = gcc_next_char(-1) + gcc_add_uc(255, 255) + gcc_us(1);
  printf("%d\n", x);
  printf("%d\n", gcc_sum_narrow(-1, 255, -300, 60000, 1));
  printf("%d\n", gcc_call_narrow(logos_half));
  _Bool b = gcc_is_odd(3);
  return b + (unsigned char)gcc_next_char(-2);
}
