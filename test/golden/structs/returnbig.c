// Returning large structs: results used directly, as arguments, and chained through calls.
int printf(const char *, ...);

struct matrix { int m[3][3]; };

static struct matrix identity(void) {
  struct matrix r = {{{0}}};
  for (int i = 0; i < 3; i++) r.m[i][i] = 1;
  return r;
}

static struct matrix mul(struct matrix a, struct matrix b) {
  struct matrix r;
  for (int i = 0; i < 3; i++)
    for (int j = 0; j < 3; j++) {
      r.m[i][j] = 0;
      for (int k = 0; k < 3; k++) r.m[i][j] += a.m[i][k] * b.m[k][j];
    }
  return r;
}

static int trace(struct matrix a) { return a.m[0][0] + a.m[1][1] + a.m[2][2]; }

int main(void) {
  struct matrix a = {{{1, 2, 0}, {0, 1, 3}, {4, 0, 1}}};
  struct matrix p = mul(a, identity());
  printf("trace %d %d\n", trace(a), trace(p));
  struct matrix sq = mul(a, a);
  for (int i = 0; i < 3; i++) printf("%d %d %d\n", sq.m[i][0], sq.m[i][1], sq.m[i][2]);
  printf("cube trace %d\n", trace(mul(mul(a, a), a)));
  printf("member of result %d\n", mul(a, a).m[2][1]);
  return trace(sq);
}
