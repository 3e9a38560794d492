// while, do-while and for, with break and continue, nested.
int printf(const char *, ...);

int main(void) {
  int i = 0, sum = 0;
  while (i < 100) {
    i++;
    if (i % 3 == 0) continue;
    if (i > 50) break;
    sum += i;
  }
  printf("%d %d\n", i, sum);
  int n = 0;
  do n += 2; while (n < 7);
  printf("%d\n", n);
  int primes = 0;
  for (int k = 2; k < 200; k++) {
    int prime = 1;
    for (int d = 2; d * d <= k; d++)
      if (k % d == 0) {
        prime = 0;
        break;
      }
    primes += prime;
  }
  printf("%d primes below 200\n", primes);
  int j;
  for (j = 10; j--;) ;
  printf("%d\n", j);
  return 0;
}
