// Variadic macros: __VA_ARGS__ forwarded to printf, counted, and stringized.
int printf(const char *, ...);

#define LOG(fmt, ...) printf("[log] " fmt "\n", __VA_ARGS__)
#define CALL(f, ...) f(__VA_ARGS__)
#define ARGS(...) #__VA_ARGS__
#define COUNT(...) COUNT_(__VA_ARGS__, 5, 4, 3, 2, 1, 0)
#define COUNT_(a, b, c, d, e, n, ...) n
#define FIRST(x, ...) x

static int add(int a, int b, int c) { return a + b + c; }

int main(void) {
  LOG("%d + %d", 1, 2);
  LOG("%s", "one argument");
  printf("%d\n", CALL(add, 1, 2, 3));
  printf("%s\n", ARGS(a, b,   c));
  printf("%d %d %d\n", COUNT(x), COUNT(x, y, z), COUNT(1, 2, 3, 4, 5));
  printf("%d\n", FIRST(9, 8, 7));
  return COUNT(a, b);
}
