// Casting function pointers between types and back (only calling through the right type).
int printf(const char *, ...);

typedef void (*generic)(void);
static int add3(int a, int b, int c) { return a + b + c; }
static const char *greet(void) { return "hi"; }

int main(void) {
  generic g[2] = {(generic)add3, (generic)greet};
  int (*a)(int, int, int) = (int (*)(int, int, int))g[0];
  const char *(*h)(void) = (const char *(*)(void))g[1];
  printf("%d %s\n", a(1, 2, 3), h());
  printf("round trip equal: %d\n", a == add3);
  return a(10, 20, 30);
}
