// Casting the result of a call, and passing a cast as an argument.
int printf(const char *, ...);

static int big(void) { return 0x1234abcd; }
static unsigned neg(void) { return (unsigned)-7; }
static int low(unsigned char c) { return c; }

int main(void) {
  printf("(short)big() = %d\n", (short)big());
  printf("(unsigned char)big() = %d\n", (unsigned char)big());
  printf("(int)neg() = %d\n", (int)neg());
  printf("low((unsigned char)big()) = %d\n", low((unsigned char)big()));
  printf("low(big()) = %d\n", low((unsigned char)(big() >> 8)));
  printf("(char)(neg() + 10) = %d\n", (char)(neg() + 10));
  return (unsigned char)big();
}
