// Locals whose address is taken live in memory: a callee writes them through pointers, and the
// caller sees the writes.
int printf(const char *, ...);

static void divmod(int a, int b, int *q, int *r) { *q = a / b; *r = a % b; }
static void bump(int *p, int times) { while (times--) (*p)++; }

int main(void) {
  int q, r;
  divmod(47, 5, &q, &r);
  printf("47 = 5 * %d + %d\n", q, r);
  int counter = 10;
  bump(&counter, 5);
  printf("counter %d\n", counter);
  int a = 1, b = 2;
  int *pa = &a, *pb = &b;
  *pa += *pb;
  *pb *= *pa;
  printf("a %d, b %d\n", a, b);
  int *which = a > b ? &a : &b;
  *which = -1;
  printf("a %d, b %d\n", a, b);
  return q + r + counter;
}
