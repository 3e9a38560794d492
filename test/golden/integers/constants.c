// Integer constants in every radix and with suffixes, and the types they get.
int printf(const char *, ...);

int main(void) {
  printf("%d %d %d %d\n", 42, 052, 0x2a, 0X2A);
  printf("%u %u %lu %lu\n", 4294967295u, 0xffffffff, 123ul, 0x7ffffffful);
  printf("%d %d\n", (int)sizeof(0x80000000), 0x80000000 > 0);
  printf("%d %d %d\n", 'a', '\n', '\377');
  printf("%ld\n", -2147483647L - 1);
  return 0;
}
