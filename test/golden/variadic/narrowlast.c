// va_start after a struct or pointer parameter: the variadic part begins after the last named one.
#include <stdarg.h>
int printf(const char *, ...);

struct ctx { int base; char tag[6]; };

static int after_struct(struct ctx c, ...) {
  va_list ap;
  va_start(ap, c);
  int s = c.base;
  for (int v; (v = va_arg(ap, int)) != 0;) s += v;
  va_end(ap);
  printf("%s: %d\n", c.tag, s);
  return s;
}

static int after_two(int a, const char *b, ...) {
  va_list ap;
  va_start(ap, b);
  int r = a + va_arg(ap, int) + b[0];
  va_end(ap);
  return r;
}

int main(void) {
  struct ctx c = {100, "ctx"};
  after_struct(c, 1, 2, 3, 0);
  after_struct((struct ctx){-5, "lit"}, 5, 0);
  printf("%d\n", after_two(1, "A", 10));
  return after_struct(c, 0) - 100;
}
