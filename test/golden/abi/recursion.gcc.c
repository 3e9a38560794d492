// The gcc side of abi/recursion.
int logos_is_odd(unsigned n);
int logos_ackermann(int m, int n);

int gcc_is_even(unsigned n) { return n == 0 ? 1 : logos_is_odd(n - 1); }

int gcc_ackermann_step(int m, int n) {
  if (n == 0) return logos_ackermann(m - 1, 1);
  return logos_ackermann(m - 1, logos_ackermann(m, n - 1));
}
