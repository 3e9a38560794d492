// A histogram of a pseudo-random sequence (a linear congruential generator) in 10 buckets.
int printf(const char *, ...);

static unsigned seed = 12345;
static unsigned next(void) { seed = seed * 1103515245u + 12345u; return (seed >> 16) & 0x7fff; }

int main(void) {
  int buckets[10] = { 0 };
  for (int i = 0; i < 5000; i++) buckets[next() % 10]++;
  int total = 0, most = 0;
  for (int b = 0; b < 10; b++) {
    printf("%d: %4d ", b, buckets[b]);
    for (int s = 0; s < buckets[b] / 50; s++) printf("#");
    printf("\n");
    total += buckets[b];
    if (buckets[b] > buckets[most]) most = b;
  }
  printf("total %d, fullest bucket %d\n", total, most);
  return most;
}
