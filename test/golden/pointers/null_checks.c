// Null pointers: the constant 0 and (void *)0 compare equal to any null pointer; functions check them.
int printf(const char *, ...);

static int length(const char *s) {
  if (!s) return -1;
  int n = 0;
  while (s[n]) n++;
  return n;
}

static int *choose(int *a, int *b, int which) { return which == 0 ? a : which == 1 ? b : 0; }

int main(void) {
  int x = 1, y = 2;
  printf("length(null) = %d, length(\"abc\") = %d\n", length(0), length("abc"));
  for (int w = 0; w < 3; w++) {
    int *p = choose(&x, &y, w);
    printf("choose %d: %s %d\n", w, p ? "points to" : "null", p ? *p : 0);
  }
  void *v = 0;
  char *c = (char *)0;
  printf("v == c: %d, v == 0: %d\n", v == (void *)c, v == 0);
  return length(0) + 2;
}
