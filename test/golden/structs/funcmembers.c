// A struct holding an array of function pointers, initialized statically and called through pointers.
int printf(const char *, ...);

static int zero(int x) { return x * 0; }
static int same(int x) { return x; }
static int twice(int x) { return 2 * x; }
static int square(int x) { return x * x; }

struct pipeline { const char *name; int count; int (*stage[4])(int); };

static const struct pipeline pipes[] = {
  {"grow", 3, {same, twice, square}},
  {"kill", 2, {twice, zero}},
  {"id", 0, {0}},
};

static int run(const struct pipeline *p, int x) {
  for (int i = 0; i < p->count; i++) x = p->stage[i](x);
  return x;
}

int main(void) {
  for (unsigned i = 0; i < sizeof pipes / sizeof pipes[0]; i++) {
    const struct pipeline *p = &pipes[i];
    printf("%s: %d %d %d\n", p->name, run(p, 1), run(p, 3), run(p, -2));
  }
  return run(&pipes[0], 2);
}
