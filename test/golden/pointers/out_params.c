// Output parameters: a function returns several results through pointers.
int printf(const char *, ...);

static void min_max(const int *a, int n, int *min, int *max) {
  *min = *max = a[0];
  for (int i = 1; i < n; i++) {
    if (a[i] < *min) *min = a[i];
    if (a[i] > *max) *max = a[i];
  }
}

static int parse(const char *s, int *value) {
  int v = 0, any = 0, neg = 0;
  if (*s == '-') { neg = 1; s++; }
  while (*s >= '0' && *s <= '9') { v = v * 10 + (*s++ - '0'); any = 1; }
  if (!any || *s) return 0;
  *value = neg ? -v : v;
  return 1;
}

int main(void) {
  int a[] = { 4, -9, 17, 0, 3, 17, -2 };
  int lo, hi;
  min_max(a, 7, &lo, &hi);
  printf("min %d max %d\n", lo, hi);
  const char *inputs[] = { "123", "-45", "12x", "", "-" };
  for (int i = 0; i < 5; i++) {
    int v = 999;
    int ok = parse(inputs[i], &v);
    printf("parse(\"%s\") -> ok %d value %d\n", inputs[i], ok, v);
  }
  return hi - lo;
}
