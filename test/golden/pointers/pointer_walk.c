// Walking arrays with pointers instead of indexes: copy, reverse, and find the end of a string.
int printf(const char *, ...);

static void copy(int *dst, const int *src, int n) { while (n-- > 0) *dst++ = *src++; }

static void reverse(int *lo, int *hi) {
  while (lo < --hi) { int t = *lo; *lo++ = *hi; *hi = t; }
}

static unsigned length(const char *s) {
  const char *p = s;
  while (*p) p++;
  return (unsigned)(p - s);
}

int main(void) {
  int a[7] = { 1, 2, 3, 4, 5, 6, 7 }, b[7];
  copy(b, a, 7);
  reverse(b, b + 7);
  for (int *p = b; p != b + 7; p++) printf("%d ", *p);
  printf("\n");
  reverse(b + 2, b + 5);
  for (int *p = b; p != b + 7; p++) printf("%d ", *p);
  printf("\nlength %u %u\n", length("pointers"), length(""));
  return b[0];
}
