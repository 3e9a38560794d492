// Division and remainder by constants (3, 7, 10, 1000, -5) for signed and unsigned, compared with
// the same operations through a variable divisor.
int printf(const char *, ...);

static int divisor(int d) { return d; }

int main(void) {
  int xs[] = { 0, 1, 2, 9, 10, 11, -1, -9, -10, -11, 12345, -12345, 2147483647, -2147483647 - 1 };
  int mismatches = 0;
  for (int i = 0; i < 14; i++) {
    int x = xs[i];
    if (x / 3 != x / divisor(3) || x % 3 != x % divisor(3)) mismatches++;
    if (x / 7 != x / divisor(7) || x % 7 != x % divisor(7)) mismatches++;
    if (x / 10 != x / divisor(10) || x % 10 != x % divisor(10)) mismatches++;
    if (x / 1000 != x / divisor(1000)) mismatches++;
    if (x / -5 != x / divisor(-5) || x % -5 != x % divisor(-5)) mismatches++;
    unsigned u = (unsigned)x;
    if (u / 3u != u / (unsigned)divisor(3) || u % 10u != u % (unsigned)divisor(10)) mismatches++;
    printf("%11d: /3=%d %%3=%d /10=%d %%10=%d /-5=%d  u/3=%u u%%10=%u\n", x, x / 3, x % 3, x / 10,
           x % 10, x / -5, u / 3u, u % 10u);
  }
  printf("mismatches: %d\n", mismatches);
  return mismatches;
}
