// Prefix tests and bounded comparisons by hand: starts_with, ends_with and a bounded compare.
int printf(const char *, ...);

static int starts_with(const char *s, const char *p) {
  while (*p)
    if (*s++ != *p++) return 0;
  return 1;
}

static int ends_with(const char *s, const char *t) {
  const char *a = s, *b = t;
  while (*a) a++;
  while (*b) b++;
  while (b > t) {
    if (a == s || *--a != *--b) return 0;
  }
  return 1;
}

static int ncompare(const char *a, const char *b, unsigned n) {
  for (; n; n--, a++, b++) {
    if (*a != *b) return (unsigned char)*a - (unsigned char)*b;
    if (!*a) break;
  }
  return 0;
}

int main(void) {
  const char *files[] = {"main.c", "main.h", "Makefile", "readme.md", ".c", "c"};
  for (int i = 0; i < 6; i++)
    printf("%-10s ma:%d .c:%d .h:%d\n", files[i], starts_with(files[i], "ma"), ends_with(files[i], ".c"),
           ends_with(files[i], ".h"));
  printf("%d %d %d %d\n", ncompare("abcd", "abcx", 3), ncompare("abcd", "abcx", 4) < 0, ncompare("a", "a", 10),
         ncompare("", "x", 0));
  return starts_with("golden", "gold");
}
