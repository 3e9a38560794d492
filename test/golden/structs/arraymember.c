// Arrays inside structs and structs inside arrays: indexing through both, and their sizes.
int printf(const char *, ...);

struct poly { int degree; int coef[5]; };
struct table { struct poly rows[3]; int count; };

static int eval(const struct poly *p, int x) {
  int r = 0;
  for (int i = p->degree; i >= 0; i--) r = r * x + p->coef[i];
  return r;
}

int main(void) {
  struct table t = {{{2, {1, 0, 1}}, {1, {-3, 2}}, {4, {1, 1, 1, 1, 1}}}, 3};
  for (int i = 0; i < t.count; i++)
    printf("p%d(2) = %d, p%d(-1) = %d\n", i, eval(&t.rows[i], 2), i, eval(t.rows + i, -1));
  t.rows[1].coef[4] = 100;
  printf("%d %d\n", t.rows[1].coef[4], (&t.rows[1])->coef[0]);
  printf("sizes %d %d %d\n", (int)sizeof t, (int)sizeof t.rows, (int)sizeof t.rows[0].coef);
  int *last = &t.rows[2].coef[4];
  printf("last %d, one before %d\n", *last, last[-1]);
  return eval(&t.rows[2], 3) % 256;
}
