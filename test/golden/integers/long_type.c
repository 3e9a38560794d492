// long is 32 bits on i386, a type distinct from int; unsigned long wraps like unsigned int.
int printf(const char *, ...);

static long triple(long x) { return 3 * x; }

int main(void) {
  long a = 2147483647L, b = -2147483647L - 1;
  unsigned long c = 4294967295UL;
  printf("sizeof(long) = %u, sizeof(unsigned long) = %u\n", (unsigned)sizeof(long),
         (unsigned)sizeof(unsigned long));
  printf("a = %ld, b = %ld, c = %lu\n", a, b, c);
  printf("a / 7 = %ld, b %% 7 = %ld, c / 7 = %lu\n", a / 7, b % 7, c / 7);
  printf("c + 1 = %lu\n", c + 1);
  printf("triple(-715827882) = %ld\n", triple(-715827882L));
  long sum = 0;
  for (long i = -1000; i <= 1000; i += 3) sum += i;
  printf("sum = %ld\n", sum);
  /* long + unsigned int: unsigned long */
  printf("-1L + 0u = %lu\n", -1L + 0u);
  return sum == -667 ? 0 : 2;
}
