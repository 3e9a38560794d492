// Static (internal linkage) functions calling one another, and a global function calling them.
int printf(const char *, ...);

static int sq(int x) { return x * x; }
static int cube(int x) { return x * sq(x); }
static int poly(int x) { return 2 * cube(x) - 3 * sq(x) + x - 7; }

int evaluate(int from, int to);
int evaluate(int from, int to) {
  int s = 0;
  for (int x = from; x <= to; x++) s += poly(x);
  return s;
}

int main(void) {
  for (int x = -3; x <= 3; x++) printf("poly(%d) = %d\n", x, poly(x));
  printf("sum over -10..10 = %d\n", evaluate(-10, 10));
  return evaluate(0, 3) % 256;
}
