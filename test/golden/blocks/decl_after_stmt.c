// Declarations may follow statements anywhere in a block (C99); each is in scope from its point.
int printf(const char *, ...);

int main(void) {
  int n = 10;
  n *= 2;
  int m = n + 1;
  printf("n=%d m=%d\n", n, m);
  m -= 5;
  int k = m * m;
  printf("m=%d k=%d\n", m, k);
  if (k > 100) n = 0;
  int last = n + m + k;
  printf("last=%d\n", last);
  return last % 100;
}
