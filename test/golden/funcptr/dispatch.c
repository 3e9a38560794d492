// Function pointers: tables of them, passing them, returning them, calling through them.
int printf(const char *, ...);

static int add(int a, int b) { return a + b; }
static int sub(int a, int b) { return a - b; }
static int mul(int a, int b) { return a * b; }
static int (*const ops[])(int, int) = {add, sub, mul};

static int fold(int (*f)(int, int), const int *v, int n, int init) {
  for (int i = 0; i < n; i++) init = f(init, v[i]);
  return init;
}
static int (*pick(char c))(int, int) { return c == '+' ? add : c == '-' ? sub : mul; }

int main(void) {
  int v[] = {1, 2, 3, 4, 5};
  for (int i = 0; i < 3; i++) printf("%d ", fold(ops[i], v, 5, i == 2 ? 1 : 0));
  printf("\n%d %d %d\n", pick('+')(2, 3), pick('-')(2, 3), (*pick('*'))(2, 3));
  int (*f)(int, int) = &sub;
  printf("%d %d\n", f(10, 4), (*f)(4, 10));
  return 0;
}
