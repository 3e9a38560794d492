// Calls nested inside other calls' arguments, and calls in conditions and loop headers.
int printf(const char *, ...);

static int add(int a, int b) { return a + b; }
static int mul(int a, int b) { return a * b; }
static int neg(int a) { return -a; }
static int limit(void) { return 5; }

int main(void) {
  int r = add(mul(add(1, 2), add(3, 4)), neg(mul(2, neg(add(5, 5)))));
  printf("r %d\n", r);
  int s = 0;
  for (int i = neg(-1); i < add(limit(), 1); i = add(i, 1)) s = add(s, mul(i, i));
  printf("s %d\n", s);
  if (add(mul(3, 3), neg(9)) == 0 && mul(add(1, 1), 2) == 4) printf("conditions hold\n");
  printf("%d %d %d\n", add(1, add(2, add(3, add(4, add(5, 6))))), mul(mul(2, 3), mul(4, 5)), neg(neg(neg(7))));
  return r;
}
