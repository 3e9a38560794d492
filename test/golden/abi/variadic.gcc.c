// The gcc side of abi/variadic.
#include <stdarg.h>

struct pt { int x, y; };
int logos_sum(int n, ...);

int gcc_sum(int n, ...) {
  va_list ap;
  va_start(ap, n);
  int s = 0;
  for (int i = 0; i < n; i++) s += va_arg(ap, int);
  va_end(ap);
  return s;
}

int gcc_mixed(const char *types, ...) {
  va_list ap;
  va_start(ap, types);
  int r = 0;
  for (; *types; types++) {
    if (*types == 'c' || *types == 's' || *types == 'i') r = r * 3 + va_arg(ap, int);
    else if (*types == 'h') r += va_arg(ap, const char *)[1];
    else if (*types == 'p') {
      struct pt p = va_arg(ap, struct pt);
      r += p.x * 100 + p.y;
    }
  }
  va_end(ap);
  return r;
}

int gcc_vsum(int n, va_list ap) {
  int s = 0;
  while (n--) s += va_arg(ap, int);
  return s;
}

int gcc_calls_logos(void) { return logos_sum(3, 100, 20, 3) + logos_sum(0); }
