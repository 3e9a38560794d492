// Static locals are initialized once, before the first call, with constant expressions.
int printf(const char *, ...);

static int calls(void) {
  static int n = 100;
  static int *p = &n;
  static const char *names[] = {"zero", "one", "two"};
  static struct { int a, b; } pair = {.b = 2};
  ++*p;
  pair.a++;
  printf("%d %s %d %d\n", n, names[(n - 101) % 3], pair.a, pair.b);
  return n;
}

int main(void) {
  calls();
  calls();
  calls();
  static int arr[3] = {1, 2, 3};
  static int *mid = &arr[1];
  *mid *= 10;
  printf("%d %d %d\n", arr[0], arr[1], arr[2]);
  return calls() - 100;
}
