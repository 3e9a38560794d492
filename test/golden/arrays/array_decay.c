// An array passed to a function decays to a pointer to its first element: the callee sees a
// pointer (sizeof is 4) and writes the caller's array.
int printf(const char *, ...);

static unsigned param_size(int a[10]) { return sizeof a; }
static void double_all(int a[], int n) { for (int i = 0; i < n; i++) a[i] *= 2; }
static int sum(const int *a, int n) { int s = 0; for (int i = 0; i < n; i++) s += a[i]; return s; }

int main(void) {
  int a[10] = { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10 };
  printf("sizeof a in main %u, in the callee %u\n", (unsigned)sizeof a, param_size(a));
  printf("elements %u\n", (unsigned)(sizeof a / sizeof a[0]));
  double_all(a, 10);
  printf("sum after doubling %d\n", sum(a, 10));
  double_all(a + 5, 5); /* the second half only */
  printf("a[4] %d a[5] %d sum %d\n", a[4], a[5], sum(a, 10));
  return sum(a, 10) % 256;
}
