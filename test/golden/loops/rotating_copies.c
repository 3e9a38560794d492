// Values rotated between variables in loops (t = a; a = b; b = c; ...): the copies form cycles
// that a register allocator and copy propagation must untangle correctly.
int printf(const char *, ...);

static volatile int n = 10;

int main(void) {
  int a = 1, b = 2, c = 3, d = 4;
  for (int i = 0; i < n; i++) { int t = a; a = b; b = c; c = d; d = t + i; }
  printf("rotate four: %d %d %d %d\n", a, b, c, d);
  int x = 5, y = 7;
  for (int i = 0; i < n; i++) {
    int t = x;
    x = y;
    y = t;
    if (i & 1) x += y;
  }
  printf("swap and add: %d %d\n", x, y);
  int p = 1, q = 0;
  for (int i = 0; i < n; i++) { q = p + q; p = q - p; }
  printf("fibonacci pair: %d %d\n", p, q);
  int u = 1, v = 2, w = 3;
  u = v = w = u + v + w;
  printf("chained: %d %d %d\n", u, v, w);
  int s = 0, k = 0;
  while (k < n) {
    int old = k;
    k = s;
    s = old + 1;
    if (k == s) break;
    k = old + 1;
  }
  printf("leapfrog: %d %d\n", s, k);
  return a + b + c + d;
}
