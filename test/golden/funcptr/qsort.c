// A generic sort taking a comparison function, used with several element types and orders.
int printf(const char *, ...);

static void swap(char *a, char *b, unsigned size) {
  while (size--) { char t = *a; *a++ = *b; *b++ = t; }
}

static void sort(void *base, unsigned n, unsigned size, int (*cmp)(const void *, const void *)) {
  char *b = base;
  for (unsigned i = 1; i < n; i++)
    for (unsigned j = i; j > 0 && cmp(b + (j - 1) * size, b + j * size) > 0; j--)
      swap(b + (j - 1) * size, b + j * size, size);
}

static int up(const void *a, const void *b) { return *(const int *)a - *(const int *)b; }
static int down(const void *a, const void *b) { return up(b, a); }
static int by_len(const void *a, const void *b) {
  const char *x = *(const char *const *)a, *y = *(const char *const *)b;
  int n = 0, m = 0;
  while (x[n]) n++;
  while (y[m]) m++;
  return n - m;
}
struct pt { short x, y; };
static int by_y(const void *a, const void *b) { return ((const struct pt *)a)->y - ((const struct pt *)b)->y; }

int main(void) {
  int v[] = {5, -1, 12, 0, 7, 7, -30};
  sort(v, 7, sizeof v[0], up);
  for (int i = 0; i < 7; i++) printf("%d ", v[i]);
  printf("\n");
  sort(v, 7, sizeof v[0], down);
  for (int i = 0; i < 7; i++) printf("%d ", v[i]);
  printf("\n");
  const char *w[] = {"ccc", "a", "dddd", "bb", ""};
  sort(w, 5, sizeof w[0], by_len);
  for (int i = 0; i < 5; i++) printf("[%s]", w[i]);
  printf("\n");
  struct pt p[] = {{1, 9}, {2, -3}, {3, 4}};
  sort(p, 3, sizeof p[0], by_y);
  printf("%d %d %d\n", p[0].x, p[1].x, p[2].x);
  return v[0];
}
