// Doubly recursive Fibonacci against an iterative one and a memoized one.
int printf(const char *, ...);

static int calls;
static int fib(int n) { calls++; return n < 2 ? n : fib(n - 1) + fib(n - 2); }

static int memo[47];
static int fib_memo(int n) {
  if (n < 2) return n;
  if (memo[n]) return memo[n];
  return memo[n] = fib_memo(n - 1) + fib_memo(n - 2);
}

static int fib_iter(int n) {
  unsigned a = 0, b = 1; /* b runs one ahead: F(47) does not fit an int */
  while (n--) { unsigned t = a + b; a = b; b = t; }
  return (int)a;
}

int main(void) {
  int f20 = fib(20); /* before reading calls: argument evaluation order is unspecified */
  printf("fib(20) = %d in %d calls\n", f20, calls);
  printf("fib_iter(20) = %d, fib_memo(46) = %d, fib_iter(46) = %d\n", fib_iter(20), fib_memo(46), fib_iter(46));
  int bad = 0;
  for (int n = 0; n <= 46; n++) bad += fib_memo(n) != fib_iter(n);
  printf("mismatches %d\n", bad);
  return fib(10);
}
