// A macro does not expand inside its own expansion: self-reference stays a name.
int printf(const char *, ...);

static int foo = 10;
#define foo (foo + 1)
#define a b
#define b a
static int x = 3;
#define x (4 + x)
#define f(n) (n + f)
static int f = 100;

int main(void) {
  printf("%d\n", foo);
  int a = 1;
  printf("%d\n", a);
  printf("%d\n", x);
  printf("%d\n", f(f(1)));
  return foo;
}
