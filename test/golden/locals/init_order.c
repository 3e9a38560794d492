// Initializers run in order: a later local may use an earlier one in the same declaration.
int printf(const char *, ...);

static int calls;
static int next(void) { return ++calls; }

int main(void) {
  int a = 1, b = a + 1, c = b * 2, d = a + b + c;
  printf("a %d b %d c %d d %d\n", a, b, c, d);
  int x = next(), y = next(), z = next();
  printf("x %d y %d z %d\n", x, y, z);
  int s = sizeof s; /* in scope from the end of its declarator */
  printf("s %d\n", s);
  unsigned m = 0xff, n = m << 8 | m, o = n << 16 | n;
  printf("o %08x\n", o);
  return d;
}
