// Calling variadic functions with computed arguments: side effects in order, nested variadic calls.
#include <stdarg.h>
int printf(const char *, ...);

static int count(int n, ...) {
  va_list ap;
  va_start(ap, n);
  int s = 0;
  for (int i = 0; i < n; i++) s = s * 10 + va_arg(ap, int);
  va_end(ap);
  return s;
}

static int next_value = 0;
static int next(void) { return ++next_value; }

int main(void) {
  int a = next(), b = next(), c = next();
  printf("%d\n", count(3, a, b, c));
  printf("%d\n", count(2, count(2, 1, 2), count(1, 3)));
  int x = 5;
  printf("%d\n", count(3, x, x * 2 % 10, x - 4));
  int (*f)(int, ...) = count;
  printf("%d\n", f(4, 9, 8, 7, 6));
  printf("%d %s %c\n", printf("%s", ""), "nested", 'z');
  return count(2, 4, 2);
}
