// The ## operator: building identifiers and numbers, and pasting with macro arguments.
int printf(const char *, ...);

#define CAT(a, b) a##b
#define XCAT(a, b) CAT(a, b)
#define FIELD(n) field##n
#define MAKE_GETTER(name) static int get_##name(void) { return name; }
#define N 7

static int alpha = 1, beta = 2;
MAKE_GETTER(alpha)
MAKE_GETTER(beta)

struct s { int field1, field2, field3; };

int main(void) {
  struct s v = {10, 20, 30};
  printf("%d %d %d\n", v.FIELD(1), v.FIELD(2), v.CAT(field, 3));
  printf("%d %d\n", get_alpha(), get_beta());
  printf("%d\n", CAT(12, 34));
  printf("%d\n", CAT(0x, ff));
  int var7 = 77;
  printf("%d\n", XCAT(var, N));
  printf("%d\n", CAT(, 5) + CAT(5, ));
  return CAT(4, 2);
}
