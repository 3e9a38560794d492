// <stdarg.h> itself: va_list, va_start, va_arg, va_end and va_copy from the standard header.
#include <stdarg.h>
int printf(const char *, ...);

static int max_of(int n, ...) {
  va_list ap;
  va_start(ap, n);
  int m = va_arg(ap, int);
  for (int i = 1; i < n; i++) {
    int v = va_arg(ap, int);
    if (v > m) m = v;
  }
  va_end(ap);
  return m;
}

static int twice(int n, ...) {
  va_list ap, again;
  va_start(ap, n);
  va_copy(again, ap);
  int a = 0, b = 0;
  for (int i = 0; i < n; i++) a += va_arg(ap, int);
  for (int i = 0; i < n; i++) b += va_arg(again, int) * 2;
  va_end(again);
  va_end(ap);
  return a * 1000 + b;
}

int main(void) {
  printf("%d %d %d\n", max_of(1, -5), max_of(4, 3, 9, -2, 8), max_of(3, -7, -3, -9));
  printf("%d\n", twice(3, 1, 2, 3));
  return max_of(2, 10, 20);
}
