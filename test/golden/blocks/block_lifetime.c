// Objects of sibling blocks may share storage, but each is initialized when its block is entered.
int printf(const char *, ...);

static int sum(const int *p, int n) { int s = 0; while (n--) s += *p++; return s; }

int main(void) {
  int total = 0;
  for (int round = 0; round < 3; round++) {
    {
      int a[4] = { 1, 2, 3, 4 };
      total += sum(a, 4);
    }
    {
      int b[4] = { 10, 20, 30, 40 };
      total += sum(b, 4);
    }
    {
      int c[4] = { round };
      total += sum(c, 4);
    }
  }
  printf("total = %d\n", total);
  return total % 256;
}
