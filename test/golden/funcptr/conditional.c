// Function pointers chosen by ?: and called at once, and a pointer to a function pointer.
int printf(const char *, ...);

static int lo(int a, int b) { return a < b ? a : b; }
static int hi(int a, int b) { return a > b ? a : b; }

int main(void) {
  int total = 0;
  for (int i = 0; i < 6; i++) {
    int r = (i % 2 ? hi : lo)(i, 3);
    total += r;
    printf("%d ", r);
  }
  printf("\n");
  int (*f)(int, int) = hi;
  int (**pf)(int, int) = &f;
  printf("%d %d\n", (*pf)(2, 9), (**pf)(8, 1));
  *pf = lo;
  printf("%d\n", f(2, 9));
  return total;
}
