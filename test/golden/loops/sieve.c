// The sieve of Eratosthenes over a char array, with loops stepping by a computed stride.
int printf(const char *, ...);

#define N 5000
static char composite[N + 1];

int main(void) {
  for (int i = 2; i * i <= N; i++)
    if (!composite[i])
      for (int j = i * i; j <= N; j += i) composite[j] = 1;
  int count = 0, last = 0, twins = 0;
  for (int i = 2; i <= N; i++) {
    if (composite[i]) continue;
    count++;
    if (last && i - last == 2) twins++;
    last = i;
  }
  printf("primes up to %d: %d, largest %d, twin pairs %d\n", N, count, last, twins);
  for (int i = 2, shown = 0; shown < 12; i++)
    if (!composite[i]) printf("%d%s", i, ++shown < 12 ? " " : "\n");
  return count % 256;
}
