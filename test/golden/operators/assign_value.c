// An assignment is an expression: its value is the value stored, converted to the left side's type.
int printf(const char *, ...);

int main(void) {
  int a, b, c;
  a = b = c = 42;
  printf("%d %d %d\n", a, b, c);
  int x = (a = 5) + 1;
  printf("x = %d, a = %d\n", x, a);
  unsigned char uc;
  int big = 300;
  int v = (uc = big); /* the value of the assignment is the stored 44 */
  printf("v = %d\n", v);
  signed char sc;
  int w = (sc = 200);
  printf("w = %d\n", w);
  int n = 0, total = 0;
  while ((n = n + 3) < 20) total += n;
  printf("total = %d\n", total);
  short s;
  int y = (s = -1) + (s = 2);
  (void)y;
  printf("s = %d\n", s);
  return v;
}
