// printf length modifiers: hh and h truncate, l, z, t and j are 32 bits here.
#include <stddef.h>
#include <stdio.h>

int main(void) {
  int big = 0x12345678, neg = -1;
  printf("%hhd %hhu %hhx %hd %hu %hx\n", big, big, big, big, big, big);
  printf("%hhd %hhu %hd %hu\n", neg, neg, neg, neg);
  printf("%hhd %hd\n", 200, 40000);
  long l = -2147483647L - 1;
  unsigned long ul = 4294967295UL;
  printf("%ld %lu %lx %lo\n", l, ul, ul, 8UL);
  size_t z = sizeof(int[10]);
  ptrdiff_t t = &big - &big + 7;
  printf("%zu %zd %zx %td\n", z, (ptrdiff_t)z, z, t);
  return 0;
}
