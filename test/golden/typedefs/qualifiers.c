// Qualifiers through typedefs: const added to a typedef'd pointer, volatile typedefs, arrays of const.
int printf(const char *, ...);

typedef int *iptr;
typedef const int cint;
typedef cint carr[3];
typedef volatile unsigned vreg;

static int sum(const carr a) { return a[0] + a[1] + a[2]; }

int main(void) {
  int x = 5;
  const iptr p = &x;      /* the pointer is const, x is not */
  *p = 6;
  cint k = 7;
  carr values = {1, 2, 3};
  vreg status = 0;
  for (int i = 0; i < 4; i++) status += (unsigned)i;
  printf("%d %d %d %u\n", x, k, sum(values), status);
  printf("%d %d\n", (int)sizeof(carr), (int)sizeof(vreg));
  return x + k;
}
