// Compound assignments, including on narrow types (computed in int, stored narrowed).
int printf(const char *, ...);

int main(void) {
  int x = 100;
  x += 5; x -= 3; x *= 4; x /= 3; x %= 50;
  printf("%d\n", x);
  x <<= 3; x >>= 1; x &= 0xfc; x |= 0x101; x ^= 0x55;
  printf("%d\n", x);
  signed char c = 100;
  c += 100;
  printf("%d\n", c);
  unsigned short h = 65535;
  h += 2;
  printf("%d\n", h);
  short s = -32768;
  s -= 1;
  printf("%d\n", s);
  int a[3] = {1, 2, 3}, *p = a;
  p += 2; *p *= 10; p -= 1; *p += 7;
  printf("%d %d %d\n", a[0], a[1], a[2]);
  return 0;
}
