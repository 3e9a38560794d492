// Comparing and copying arrays element by element (arrays cannot be assigned), in both directions
// for overlapping ranges, as memmove does.
int printf(const char *, ...);

static int compare(const int *a, const int *b, int n) {
  for (int i = 0; i < n; i++)
    if (a[i] != b[i]) return a[i] < b[i] ? -1 : 1;
  return 0;
}

static void copy(int *dst, const int *src, int n) {
  for (int i = 0; i < n; i++) dst[i] = src[i];
}

/* Within one array (comparing pointers into different arrays would be undefined). */
static void move(int *a, int to, int from, int n) {
  if (to < from)
    for (int i = 0; i < n; i++) a[to + i] = a[from + i];
  else
    for (int i = n - 1; i >= 0; i--) a[to + i] = a[from + i];
}

int main(void) {
  int a[10] = { 0, 1, 2, 3, 4, 5, 6, 7, 8, 9 }, b[10];
  copy(b, a, 10);
  printf("copy equal: %d\n", compare(a, b, 10) == 0);
  b[7] = -1;
  printf("compare after change: %d %d\n", compare(a, b, 10), compare(b, a, 10));
  move(a, 2, 0, 6); /* overlapping, forward: copies from the end */
  for (int i = 0; i < 10; i++) printf("%d", a[i]);
  printf("\n");
  move(a, 0, 3, 7); /* overlapping, backward */
  for (int i = 0; i < 10; i++) printf("%d", a[i]);
  printf("\n");
  return a[0];
}
