// const in pointer declarations: pointer to const, const pointer, and both.
int printf(const char *, ...);

static int sum(const int *p, int n) { int s = 0; while (n--) s += *p++; return s; }

int main(void) {
  int a[4] = { 1, 2, 3, 4 };
  const int *pc = a; /* the ints are read-only through pc; pc can move */
  pc += 2;
  int *const cp = a; /* cp cannot move; the ints can change */
  cp[1] = 20;
  const int *const both = &a[3];
  printf("*pc %d, cp[1] %d, *both %d\n", *pc, cp[1], *both);
  printf("sum %d\n", sum(a, 4));
  const char *msg = "const";
  int len = 0;
  while (msg[len]) len++;
  printf("len %d\n", len);
  return sum(a, 4);
}
