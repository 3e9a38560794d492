// Functions returning function pointers, written with and without a typedef.
int printf(const char *, ...);

static int inc(int x) { return x + 1; }
static int dec(int x) { return x - 1; }
static int dbl(int x) { return x * 2; }

static int (*choose(char c))(int) {
  switch (c) {
  case '+': return inc;
  case '-': return dec;
  default: return dbl;
  }
}

typedef int (*unary)(int);
static unary compose_first(unary a, unary b, int which) { return which ? b : a; }

int main(void) {
  const char *prog = "++*-*+";
  int x = 1;
  for (const char *p = prog; *p; p++) {
    x = choose(*p)(x);
    printf("%c -> %d\n", *p, x);
  }
  printf("%d\n", compose_first(inc, dbl, 1)(compose_first(inc, dbl, 0)(10)));
  int (*(*chooser)(char))(int) = choose;
  printf("%d\n", chooser('-')(chooser('*')(21)));
  return x;
}
