// Remainders of negative and positive operands under % with constants and variables, used for
// wrapping an index into a ring buffer.
int printf(const char *, ...);

static int wrap(int i, int n) { int r = i % n; return r < 0 ? r + n : r; }

int main(void) {
  for (int i = -9; i <= 9; i += 3)
    printf("%3d %% 4 = %2d  wrap = %d  %% -4 = %2d  unsigned %% 4 = %u\n", i, i % 4, wrap(i, 4), i % -4,
           (unsigned)i % 4u);
  int ring[5] = { 10, 20, 30, 40, 50 }, pos = 0, sum = 0;
  for (int step = 0; step < 12; step++) {
    pos = wrap(pos - 3, 5);
    sum += ring[pos];
  }
  printf("sum = %d\n", sum);
  return sum % 256;
}
