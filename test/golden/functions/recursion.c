// Recursion, mutual recursion and many arguments.
int printf(const char *, ...);

static int fib(int n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }
static int ack(int m, int n) { return m == 0 ? n + 1 : n == 0 ? ack(m - 1, 1) : ack(m - 1, ack(m, n - 1)); }
static int is_odd(int n);
static int is_even(int n) { return n == 0 ? 1 : is_odd(n - 1); }
static int is_odd(int n) { return n == 0 ? 0 : is_even(n - 1); }
static int many(int a, int b, int c, int d, int e, int f, int g, int h) {
  return a - b + c * d - e / f + g % h;
}

int main(void) {
  printf("%d %d\n", fib(20), ack(2, 3));
  printf("%d %d\n", is_even(10), is_odd(7));
  printf("%d\n", many(1, 2, 3, 4, 100, 7, 23, 5));
  return 0;
}
