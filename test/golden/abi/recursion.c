// ABI: mutual recursion across objects — logosc's and gcc's functions call each other deeply.
int printf(const char *, ...);

int gcc_is_even(unsigned n);
int gcc_ackermann_step(int m, int n);

int logos_is_odd(unsigned n) { return n == 0 ? 0 : gcc_is_even(n - 1); }

int logos_ackermann(int m, int n) {
  if (m == 0) return n + 1;
  return gcc_ackermann_step(m, n);
}

int main(void) {
  printf("%d %d %d %d\n", logos_is_odd(7), logos_is_odd(10), gcc_is_even(1000), gcc_is_even(999));
  for (int m = 0; m <= 2; m++)
    for (int n = 0; n <= 3; n++) printf("A(%d,%d)=%d ", m, n, logos_ackermann(m, n));
  printf("\n");
  return logos_ackermann(2, 3);
}
