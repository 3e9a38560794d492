// Pointers in the variadic part: out-parameters filled by a variadic function, like scanf does.
#include <stdarg.h>
int printf(const char *, ...);

/* Parses "key=value;..." with the keys given in order, storing each int through the next pointer. */
static int parse(const char *s, int n, ...) {
  va_list ap;
  va_start(ap, n);
  int got = 0;
  while (*s && got < n) {
    while (*s && *s != '=') s++;
    if (!*s) break;
    s++;
    int neg = *s == '-', v = 0;
    if (neg) s++;
    while (*s >= '0' && *s <= '9') v = v * 10 + (*s++ - '0');
    *va_arg(ap, int *) = neg ? -v : v;
    got++;
    if (*s == ';') s++;
  }
  va_end(ap);
  return got;
}

int main(void) {
  int w = 0, h = 0, d = 0, extra = 99;
  int n = parse("width=640;height=-480;depth=24", 4, &w, &h, &d, &extra);
  printf("%d: %d %d %d %d\n", n, w, h, d, extra);
  n = parse("a=1", 2, &w, &h);
  printf("%d: %d %d\n", n, w, h);
  return n;
}
