// Recursion 100000 calls deep (a few MB of stack), and the sum it returns on the way back.
int printf(const char *, ...);

static unsigned depth_sum(unsigned n) { return n == 0 ? 0 : n + depth_sum(n - 1); }

static int count_down(int n, int acc) {
  if (n == 0) return acc;
  int local[4] = { n, n, n, n };
  return count_down(n - 1, acc + (local[0] & 1));
}

int main(void) {
  printf("depth_sum(100000) = %u\n", depth_sum(100000));
  printf("odd numbers below 50001: %d\n", count_down(50000, 0));
  return (int)(depth_sum(1000) % 256);
}
