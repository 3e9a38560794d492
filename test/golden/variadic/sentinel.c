// Variadic lists ended by a sentinel: a null pointer, or a negative number.
#include <stdarg.h>
int printf(const char *, ...);

static void join(char *out, const char *sep, ...) {
  va_list ap;
  va_start(ap, sep);
  int first = 1;
  for (const char *s = va_arg(ap, const char *); s; s = va_arg(ap, const char *)) {
    if (!first)
      for (const char *p = sep; *p; p++) *out++ = *p;
    while (*s) *out++ = *s++;
    first = 0;
  }
  *out = 0;
  va_end(ap);
}

static int average(int first, ...) {
  va_list ap;
  va_start(ap, first);
  int n = 0, s = 0;
  for (int v = first; v >= 0; v = va_arg(ap, int)) s += v, n++;
  va_end(ap);
  return n ? s / n : -1;
}

int main(void) {
  char buf[64];
  join(buf, ", ", "a", "bb", "ccc", (char *)0);
  printf("%s\n", buf);
  join(buf, "-", (char *)0);
  printf("[%s]\n", buf);
  join(buf, "", "x", "y", (char *)0);
  printf("%s\n", buf);
  printf("%d %d %d\n", average(10, 20, 30, -1), average(-1), average(7, -1));
  return average(1, 2, 3, 4, 5, -1);
}
