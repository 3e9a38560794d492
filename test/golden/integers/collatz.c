// The Collatz sequence: the longest chain below 5000, with unsigned arithmetic (3n+1 grows).
int printf(const char *, ...);

static int steps(unsigned n) {
  int count = 0;
  while (n != 1) {
    n = n % 2 == 0 ? n / 2 : 3 * n + 1;
    count++;
  }
  return count;
}

int main(void) {
  int best = 0;
  unsigned arg = 0;
  for (unsigned n = 1; n < 5000; n++) {
    int s = steps(n);
    if (s > best) { best = s; arg = n; }
  }
  printf("27 takes %d steps\n", steps(27));
  printf("longest below 5000: %u with %d steps\n", arg, best);
  return best == 237 ? 0 : 1;
}
