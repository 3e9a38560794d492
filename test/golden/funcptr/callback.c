// Callbacks: a generic "for each" over an array that calls back with a context pointer.
int printf(const char *, ...);

typedef void (*visit_fn)(int index, int value, void *ctx);

static void for_each(const int *v, int n, visit_fn f, void *ctx) {
  for (int i = 0; i < n; i++) f(i, v[i], ctx);
}

struct minmax { int min, max, min_at, max_at; };

static void track(int i, int v, void *ctx) {
  struct minmax *m = ctx;
  if (i == 0 || v < m->min) m->min = v, m->min_at = i;
  if (i == 0 || v > m->max) m->max = v, m->max_at = i;
}

static void sum(int i, int v, void *ctx) { *(int *)ctx += v * (i + 1); }

static void print(int i, int v, void *ctx) { printf("%s[%d]=%d", i ? ", " : (const char *)ctx, i, v); }

int main(void) {
  int v[] = {7, -2, 9, 4, -8, 3};
  struct minmax m;
  int s = 0;
  for_each(v, 6, print, "v: ");
  printf("\n");
  for_each(v, 6, track, &m);
  for_each(v, 6, sum, &s);
  printf("min %d at %d, max %d at %d, weighted sum %d\n", m.min, m.min_at, m.max, m.max_at, s);
  return m.max_at;
}
