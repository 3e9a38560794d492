// Division and remainder by powers of two: signed rounds toward zero (not a plain shift), unsigned
// is a shift and a mask.
int printf(const char *, ...);

int main(void) {
  int xs[] = { 0, 1, 7, 8, 9, -1, -7, -8, -9, -2147483647 - 1, 2147483647 };
  for (int i = 0; i < 11; i++) {
    int x = xs[i];
    printf("%11d: /2=%d %%2=%d /8=%d %%8=%d /-4=%d %%-4=%d /65536=%d\n", x, x / 2, x % 2, x / 8,
           x % 8, x / -4, x % -4, x / 65536);
    unsigned u = (unsigned)x;
    printf("%11u: /2=%u %%2=%u /8=%u %%8=%u /65536=%u\n", u, u / 2, u % 2, u / 8, u % 8,
           u / 65536);
  }
  int m = -7;
  printf("-7 >> 1 = %d but -7 / 2 = %d\n", m >> 1, m / 2);
  return 0;
}
