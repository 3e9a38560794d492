// The sieve of Eratosthenes over 2,000,000 numbers, five times.
int printf(const char *, ...);

static char composite[2000001];

static int sieve(int n) {
  int count = 0;
  for (int i = 0; i <= n; i++) composite[i] = 0;
  for (int i = 2; i <= n; i++) {
    if (composite[i]) continue;
    count++;
    for (int j = i + i; j <= n; j += i) composite[j] = 1;
  }
  return count;
}

int main(void) {
  int total = 0;
  for (int k = 0; k < 5; k++) total += sieve(2000000);
  printf("%d\n", total);
  return 0;
}
