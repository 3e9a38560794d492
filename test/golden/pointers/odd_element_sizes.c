// Pointer differences and steps for elements of 3, 6, 7, 12 and 20 bytes: the difference in bytes
// divided exactly by a size that is not a power of two.
int printf(const char *, ...);

typedef char three[3];
typedef short six[3];
typedef char seven[7];
typedef int twelve[3];
typedef int twenty[5];

int main(void) {
  static three a[50];
  static six b[50];
  static seven c[50];
  static twelve d[50];
  static twenty e[50];
  int is[] = { 0, 1, 7, 33, 49 };
  for (int k = 0; k < 5; k++) {
    int i = is[k];
    printf("%2d: %d %d %d %d %d | %d %d\n", i, (int)(&a[i] - a), (int)(&b[i] - b), (int)(&c[i] - c),
           (int)(&d[i] - d), (int)(&e[i] - e), (int)(a - &a[i]), (int)(&e[2] - &e[i]));
  }
  three *pa = a + 10;
  pa += 5;
  twenty *pe = &e[40];
  pe -= 13;
  printf("pa at %d, pe at %d, bytes %d %d\n", (int)(pa - a), (int)(pe - e), (int)((char *)pa - (char *)a),
         (int)((char *)pe - (char *)e));
  return (int)(pe - e);
}
