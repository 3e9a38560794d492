// Static initializers with function addresses: in arrays, in structs, with designators.
int printf(const char *, ...);

static int zero(int x) { (void)x; return 0; }
static int ident(int x) { return x; }
static int sq(int x) { return x * x; }

struct op { const char *name; int (*fn)(int); int arg; };

static struct op ops[] = {
  {"zero", zero, 5},
  {.fn = sq, .name = "sq", .arg = 7},
  [3] = {"ident", &ident, -2},
};
static int (*fns[])(int) = {[2] = sq, [0] = ident};

int main(void) {
  int total = 0;
  for (int i = 0; i < 4; i++) {
    if (!ops[i].fn) {
      printf("%d: empty\n", i);
      continue;
    }
    int r = ops[i].fn(ops[i].arg);
    total += r;
    printf("%d: %s(%d) = %d\n", i, ops[i].name, ops[i].arg, r);
  }
  printf("%d %d %d\n", fns[0](3), fns[1] == 0, fns[2](3));
  return total;
}
