// A static array inside a function keeps its contents across calls: a small memo cache.
int printf(const char *, ...);

static int computed;

static unsigned binomial(int n, int k) {
  static unsigned cache[32][32];
  if (k == 0 || k == n) return 1;
  if (cache[n][k]) return cache[n][k];
  computed++;
  return cache[n][k] = binomial(n - 1, k - 1) + binomial(n - 1, k);
}

int main(void) {
  unsigned r = binomial(10, 5); /* called before computed is read: argument order is unspecified */
  printf("C(10, 5) = %u after %d computations\n", r, computed);
  r = binomial(10, 5);
  printf("C(10, 5) again = %u after %d computations\n", r, computed);
  r = binomial(30, 15);
  printf("C(30, 15) = %u after %d computations\n", r, computed);
  for (int n = 0; n <= 6; n++) {
    for (int k = 0; k <= n; k++) printf("%u ", binomial(n, k));
    printf("\n");
  }
  return computed % 256;
}
