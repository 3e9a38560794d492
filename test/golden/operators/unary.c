// Unary operators and increments: prefix and postfix, on locals, globals and through pointers.
int printf(const char *, ...);
int g = 10;

int main(void) {
  int a = 5, *p = &g;
  int b = a++ + ++a;
  printf("%d %d\n", a, b);
  printf("%d %d %d %d\n", -a, ~a, !a, !0);
  (*p)++;
  ++*p;
  printf("%d %d %d\n", g, (*p)--, g);
  char c = 127;
  c++;
  printf("%d\n", c);
  unsigned char uc = 0;
  uc--;
  printf("%d\n", uc);
  return 0;
}
