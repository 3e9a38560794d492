// ABI: variadic calls across compilers — logosc calls gcc's variadic functions, gcc calls logosc's.
#include <stdarg.h>
int printf(const char *, ...);

struct pt { int x, y; };

/* gcc side */
int gcc_sum(int n, ...);
int gcc_mixed(const char *types, ...);
int gcc_calls_logos(void);
int gcc_vsum(int n, va_list ap);

/* called by gcc */
int logos_sum(int n, ...) {
  va_list ap;
  va_start(ap, n);
  int s = 0;
  for (int i = 0; i < n; i++) s += va_arg(ap, int);
  va_end(ap);
  return s;
}

int logos_vsum_wrapper(int n, ...) {
  va_list ap;
  va_start(ap, n);
  int s = gcc_vsum(n, ap);
  va_end(ap);
  return s;
}

int main(void) {
  printf("gcc_sum %d %d\n", gcc_sum(0), gcc_sum(5, 1, -2, 3, -4, 5000));
  char c = -7;
  short h = 300;
  struct pt p = {3, 4};
  printf("gcc_mixed %d\n", gcc_mixed("cshpsi", c, h, "hello", p, (short)-5, 11));
  printf("gcc_calls_logos %d\n", gcc_calls_logos());
  printf("vsum %d\n", logos_vsum_wrapper(4, 10, 20, 30, 40));
  return gcc_sum(2, 20, 22);
}
