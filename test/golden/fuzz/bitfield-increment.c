/* The value of ++ and -- on a bit-field is the value stored, which wraps at the field's width:
   ++s.f for a 3-bit field holding 7 is 0, not 8. Found by the differential fuzzer (test/fuzz,
   seed 9097): logosc gave the sum before it was cut to the field. */
#include <stdio.h>

struct s {
  unsigned long f1 : 3;
  int g : 4;
  unsigned u : 5;
  _Bool b : 1;
};

int main(void) {
  struct s a = { 7, 7, 31, 1 };
  int x = ++a.f1;
  int y = ++a.g;
  int z = --a.u;
  int w = (a.g = 9);
  int v = a.u++;
  int b = ++a.b;
  printf("%d %d %d %d %d %d\n", x, y, z, w, v, b);
  printf("%d %d %d %d\n", (int)a.f1, a.g, a.u, a.b);
  a.u = 0;
  printf("%d %d\n", --a.u, (signed char)8 ^ ++a.f1);
  return 0;
}
