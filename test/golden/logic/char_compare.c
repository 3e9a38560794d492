// Comparisons of char (signed on i386), signed char and unsigned char: 0x80 is negative as a char
// but 128 as an unsigned char.
int printf(const char *, ...);

int main(void) {
  char c = (char)0x80;
  signed char sc = (signed char)0xff;
  unsigned char uc = 0x80;
  printf("char 0x80 < 0: %d\n", c < 0);
  printf("unsigned char 0x80 > 127: %d\n", uc > 127);
  printf("c == uc: %d\n", c == uc);
  printf("(unsigned char)c == uc: %d\n", (unsigned char)c == uc);
  printf("signed char 0xff == -1: %d\n", sc == -1);
  printf("'\\xff' == -1: %d, '\\x7f' == 127: %d\n", '\xff' == -1, '\x7f' == 127);
  const char *s = "a\x80z";
  int high = 0;
  for (const char *p = s; *p; p++) high += *p < 0;
  printf("bytes with the high bit: %d\n", high);
  char a = 'a', z = 'z';
  printf("'a' < 'z': %d, 'Z' < 'a': %d\n", a < z, 'Z' < a);
  return high;
}
