// Primes by trial division and by a sieve agree; pi(n) for powers of ten.
int printf(const char *, ...);

static int is_prime(unsigned n) {
  if (n < 2) return 0;
  if (n % 2 == 0) return n == 2;
  for (unsigned d = 3; d <= n / d; d += 2) /* not d * d <= n: that wraps */
    if (n % d == 0) return 0;
  return 1;
}

static char composite[20001];

int main(void) {
  for (unsigned i = 2; i * i <= 20000; i++)
    if (!composite[i])
      for (unsigned j = i * i; j <= 20000; j += i) composite[j] = 1;
  int count = 0, disagree = 0;
  for (unsigned n = 2; n <= 20000; n++) {
    int p = !composite[n];
    if (p != is_prime(n)) disagree++;
    count += p;
    if (n == 10 || n == 100 || n == 1000 || n == 10000 || n == 20000)
      printf("pi(%u) = %d\n", n, count);
  }
  printf("65521 is prime: %d, 4294967295 is prime: %d\n", is_prime(65521), is_prime(4294967295u));
  printf("disagreements: %d\n", disagree);
  return disagree;
}
