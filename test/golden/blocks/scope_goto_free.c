// Blocks as statements: a block after if/else/while groups several; the names inside are local.
int printf(const char *, ...);

int main(void) {
  int evens = 0, odds = 0, sum_sq = 0;
  for (int i = 1; i <= 10; i++) {
    int sq = i * i;
    if (i % 2 == 0) {
      int half = i / 2;
      evens += half;
    } else {
      int half = (i - 1) / 2;
      odds += half;
    }
    sum_sq += sq;
  }
  printf("evens %d odds %d sum of squares %d\n", evens, odds, sum_sq);
  int n = 3;
  while (n > 0) {
    int n2 = n * n;
    printf("n %d n2 %d\n", n, n2);
    n--;
  }
  return sum_sq % 256;
}
