// Compound assignment to narrow objects: the operation is done in int, then stored truncated.
int printf(const char *, ...);

int main(void) {
  unsigned char b = 200;
  b += 100;
  printf("200 += 100 -> %d\n", b);
  b = 7;
  b -= 8;
  printf("7 -= 8 -> %d\n", b);
  signed char s = 100;
  s += 100;
  printf("100 += 100 (signed char) -> %d\n", s);
  short h = 1000;
  h *= 100;
  printf("1000 *= 100 (short) -> %d\n", h);
  unsigned short u = 1;
  u <<= 15;
  u <<= 1;
  printf("1 <<= 16 (unsigned short) -> %d\n", u);
  char c = 'A';
  c |= 0x20;
  printf("'A' |= 0x20 -> %c\n", c);
  unsigned char d = 10;
  d /= 3;
  d %= 2;
  printf("10 /= 3, %%= 2 -> %d\n", d);
  return b;
}
