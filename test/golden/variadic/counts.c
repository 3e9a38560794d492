// A variadic function that reads a count and then that many (key, value) pairs of mixed types.
#include <stdarg.h>
int printf(const char *, ...);

static void record(const char *title, int pairs, ...) {
  va_list ap;
  va_start(ap, pairs);
  printf("%s {", title);
  for (int i = 0; i < pairs; i++) {
    const char *key = va_arg(ap, const char *);
    int value = va_arg(ap, int);
    printf("%s%s: %d", i ? ", " : " ", key, value);
  }
  printf(" }\n");
  va_end(ap);
}

int main(void) {
  record("empty", 0);
  record("point", 2, "x", 3, "y", -4);
  char c = 'q';
  short s = -2;
  record("mixed", 3, "char", c, "short", s, "bool", 1 == 1);
  return 0;
}
