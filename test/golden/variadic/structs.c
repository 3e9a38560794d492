// Structs through the variadic part: passed by value on the stack and read back with va_arg.
#include <stdarg.h>
int printf(const char *, ...);

struct point { int x, y; };
struct tiny { char c; };
struct odd { char c[5]; };

static int total(int n, ...) {
  va_list ap;
  va_start(ap, n);
  int t = 0;
  for (int i = 0; i < n; i++) {
    struct point p = va_arg(ap, struct point);
    t += p.x * p.y;
  }
  va_end(ap);
  return t;
}

static void mixed(int n, ...) {
  va_list ap;
  va_start(ap, n);
  struct tiny a = va_arg(ap, struct tiny);
  int k = va_arg(ap, int);
  struct odd b = va_arg(ap, struct odd);
  const char *s = va_arg(ap, const char *);
  printf("%c %d %.5s %s (%d)\n", a.c, k, b.c, s, n);
  va_end(ap);
}

int main(void) {
  struct point a = {2, 3}, b = {4, 5}, c = {-1, 10};
  printf("%d\n", total(3, a, b, c));
  struct tiny t = {'T'};
  struct odd o = {{'h', 'e', 'l', 'l', 'o'}};
  mixed(3, t, 42, o, "after");
  return total(1, b);
}
