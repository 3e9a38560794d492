/* Initialized bit-fields of a struct that is not at offset 0: an element of an array of structs,
   a struct inside a struct, static and automatic. Each bit-field goes in its own element's unit;
   logosc put the bits of s[1] into s[0]. Found by the differential fuzzer (test/fuzz). */
#include <stdio.h>

struct s {
  unsigned char f6;
  short f5 : 8;
  short f4;
  signed char f3;
  int f2 : 13;
  unsigned char f1;
};
struct t {
  int x;
  struct s s;
};

struct s statics[2] = { { 74, 54, 26120, -6, 565, 179 }, { 253, -37, 32767, -128, -2645, 255 } };
struct t nested = { 5, { 1, -2, 3, 4, -5, 6 } };

static void show(const char *what, const struct s *p) {
  printf("%-8s %d %d %d %d %d %d\n", what, p->f6, p->f5, p->f4, p->f3, p->f2, p->f1);
}

int main(void) {
  struct s autos[2] = { { 1, 2, 3, 4, 5, 6 }, { 253, -37, 32767, -128, -2645, 255 } };
  struct t inner = { 7, { 1, -2, 3, 4, -5, 6 } };
  int k = 9;
  struct t computed = { k, { k, -k, k, k, -k, k } };
  show("static0", &statics[0]);
  show("static1", &statics[1]);
  show("nested", &nested.s);
  show("auto0", &autos[0]);
  show("auto1", &autos[1]);
  show("inner", &inner.s);
  show("computed", &computed.s);
  return 0;
}
