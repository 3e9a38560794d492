// Many variadic arguments: more than fit in registers anywhere, read back in order.
#include <stdarg.h>
int printf(const char *, ...);

static unsigned checksum(int n, ...) {
  va_list ap;
  va_start(ap, n);
  unsigned h = 2166136261u;
  for (int i = 0; i < n; i++) {
    h ^= (unsigned)va_arg(ap, int);
    h *= 16777619u;
  }
  va_end(ap);
  return h;
}

int main(void) {
  printf("%08x\n", checksum(0));
  printf("%08x\n", checksum(1, 1));
  printf("%08x\n", checksum(20, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20));
  printf("%d %d %d %d %d %d %d %d %d %d %d %d\n", 1, -2, 3, -4, 5, -6, 7, -8, 9, -10, 11, -12);
  return checksum(3, 7, 8, 9) & 0x7f;
}
