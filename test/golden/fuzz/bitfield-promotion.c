/* A bit-field narrower than int promotes to int, whatever its declared type (gcc, and C11
   6.3.1.1p2): `s.a - 8` is negative for `unsigned a : 3`, and `s.a /= -1` divides as int.
   Found by the differential fuzzer (test/fuzz). */
#include <stdio.h>

struct bits {
  unsigned a : 3;
  unsigned b : 31;
  unsigned c : 32; /* as wide as int: stays unsigned */
  unsigned short d : 4;
  unsigned long e : 5;
  int f : 6;
};

struct bits s = { 1, 1, 1, 1, 1, -3 };

int main(void) {
  printf("%d %d %d %d %d\n", s.a - 8 < 0, s.b - 8 < 0, s.c - 8 < 0, s.d - 8 < 0, s.e - 8 < 0);
  printf("%d %d\n", (s.a > -1), (s.c > -1));
  printf("%d\n", (s.a ? s.a : -1) < 0 ? 1 : 0);
  printf("%d %d\n", (int)(~s.a >> 1), -s.e);
  s.a /= -1;
  s.b %= -3;
  s.e >>= 1;
  s.f += s.a;
  printf("%u %u %u %d\n", s.a, s.b, s.e, s.f);
  return 0;
}
