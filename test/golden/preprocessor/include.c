// #include of the freestanding headers both compilers ship: limits, stdint, stddef, stdbool.
#include <limits.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
int printf(const char *, ...);

struct s { char c; int32_t i; };

int main(void) {
  printf("%d %d %d\n", CHAR_BIT, SCHAR_MIN, SCHAR_MAX);
  printf("%d %d %u\n", SHRT_MIN, SHRT_MAX, (unsigned)USHRT_MAX);
  printf("%d %d %u\n", INT_MIN, INT_MAX, UINT_MAX);
  printf("%ld %lu\n", LONG_MAX, ULONG_MAX);
  int8_t a = -128;
  uint8_t b = 255;
  int16_t c = -32768;
  uint32_t d = 0xffffffffu;
  printf("%d %d %d %u\n", a, b, c, d);
  printf("%d %d %d\n", (int)sizeof(intptr_t), (int)sizeof(size_t), (int)sizeof(ptrdiff_t));
  printf("%d\n", (int)offsetof(struct s, i));
  bool t = 5;
  printf("%d %d\n", t, true + false);
  printf("%d\n", NULL == (void *)0);
  return INT8_MAX;
}
