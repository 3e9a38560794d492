// A local array with a partial initializer has its other elements zeroed; = {0} zeros all.
int printf(const char *, ...);

static int sum(const int *p, int n) { int s = 0; for (int i = 0; i < n; i++) s += p[i]; return s; }

int main(void) {
  int a[10] = { 1, 2, 3 };
  int b[100] = { 0 };
  char c[8] = "ab";
  int d[5] = { [3] = 7 };
  printf("a: %d %d %d %d ... sum %d\n", a[0], a[2], a[3], a[9], sum(a, 10));
  printf("b: sum %d\n", sum(b, 100));
  printf("c: %d %d %d %d\n", c[0], c[2], c[5], c[7]);
  printf("d: %d %d %d %d %d\n", d[0], d[1], d[2], d[3], d[4]);
  for (int round = 0; round < 2; round++) {
    int e[4] = { round + 1 };
    printf("round %d: e = %d %d %d %d\n", round, e[0], e[1], e[2], e[3]);
    e[3] = 99; /* zeroed again next round */
  }
  return sum(a, 10) + sum(d, 5);
}
