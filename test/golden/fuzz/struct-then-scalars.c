/* Scalar parameters after a struct passed by value: each lives at its own offset in the argument
   area (a 12-byte struct takes three words), not at 4 * its position. Found by the differential
   fuzzer (test/fuzz): logosc read x1 from the struct's second word. */
#include <stdio.h>

struct three { int bits : 15; unsigned wide; char c; }; /* 12 bytes */
struct one { long v; };
struct odd { char a, b, c, d, e; }; /* 5 bytes: two words */

static signed char mixed(struct three a, unsigned long b, struct one c, unsigned short d) {
  printf("%d %u %d | %lu | %ld %d\n", a.bits, a.wide, a.c, b, c.v, d);
  return b;
}

static int after_odd(struct odd o, int x, struct odd p, int y) {
  return o.e * 1000 + x * 100 + p.a * 10 + y;
}

int main(void) {
  struct three t = { 14779, 2147483647u, 127 };
  struct one n = { -1L };
  int r = mixed(t, 4294967295UL, n, 1);
  printf("%d\n", r);
  r = mixed((struct three){ -5, 7u, -3 }, 9UL, (struct one){ 44L }, 65535);
  printf("%d\n", r);
  struct odd o = { 1, 2, 3, 4, 5 };
  struct odd p = { 6, 7, 8, 9, 0 };
  printf("%d\n", after_odd(o, 3, p, 8));
  return 0;
}
