// Large zero-initialized static arrays (4 MB of .bss) and an initialized pointer into the middle.
int printf(const char *, ...);

static int big[1 << 20];
static unsigned char bytes[65536 * 3];
static int *middle = &big[1 << 19];

int main(void) {
  long sum = 0;
  for (int i = 0; i < (1 << 20); i += 4096) sum += big[i];
  printf("sum of samples %ld\n", sum);
  big[(1 << 20) - 1] = 7;
  middle[-1] = 5;
  middle[0] = 6;
  bytes[sizeof bytes - 1] = 9;
  printf("%d %d %d %d\n", big[(1 << 19) - 1], big[1 << 19], big[(1 << 20) - 1], bytes[196607]);
  printf("middle - big = %d\n", (int)(middle - big));
  return big[(1 << 20) - 1];
}
