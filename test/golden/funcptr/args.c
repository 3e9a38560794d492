// Function pointers with many and mixed arguments: chars, shorts, structs and pointers.
int printf(const char *, ...);

struct pair { int a, b; };

static int mixed(char c, short s, int i, struct pair p, const char *str, unsigned char u) {
  return c + s + i + p.a * p.b + str[0] + u;
}
static struct pair make(int a, int b) { struct pair p = {a, b}; return p; }

int main(void) {
  int (*f)(char, short, int, struct pair, const char *, unsigned char) = mixed;
  struct pair (*g)(int, int) = make;
  struct pair p = g(6, 7);
  printf("%d\n", f(-1, -300, 1000, p, "A", 255));
  printf("%d\n", f('a', 2, 3, g(1, 1), "", 0));
  printf("%d %d\n", g(3, 4).a, (*g)(3, 4).b);
  return f(1, 2, 3, p, "\x01", 4);
}
