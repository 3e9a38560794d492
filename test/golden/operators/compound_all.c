// Every compound assignment operator on int and unsigned, and the value each expression yields.
int printf(const char *, ...);

int main(void) {
  int i = 100;
  printf("%d ", i += 7);
  printf("%d ", i -= 200);
  printf("%d ", i *= -3);
  printf("%d ", i /= 7);
  printf("%d ", i %= 11);
  printf("%d ", i <<= 4);
  printf("%d ", i >>= 2);
  printf("%d ", i &= 0x3c);
  printf("%d ", i |= 0x101);
  printf("%d\n", i ^= 0xff);
  unsigned u = 5;
  printf("%u ", u -= 10);
  printf("%u ", u /= 3);
  printf("%u ", u >>= 28);
  printf("%u ", u *= 0x80000000u);
  printf("%u\n", u += u);
  int a[3] = { 1, 2, 3 }, k = 0;
  a[k++] += 10; /* k is evaluated once */
  a[k++] *= a[2];
  printf("%d %d %d k=%d\n", a[0], a[1], a[2], k);
  return i & 0xff;
}
