// Chained assignments through objects of different types: each stores the converted value of the
// assignment to its right.
int printf(const char *, ...);

int main(void) {
  int i;
  char c;
  unsigned char uc;
  short s;
  unsigned u;
  u = i = s = c = 300 - 556; /* c = -256 as char is 0 */
  printf("c %d s %d i %d u %u\n", c, s, i, u);
  i = uc = c = (char)200;
  printf("c %d uc %d i %d\n", c, uc, i);
  s = (short)(i = 70000);
  printf("i %d s %d\n", i, s);
  int big = 0x12345;
  u = uc = (unsigned char)(s = (short)big);
  printf("s %d uc %d u %u\n", s, uc, u);
  return uc;
}
