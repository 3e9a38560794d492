// Integer constants in decimal, octal and hexadecimal, with and without suffixes.
int printf(const char *, ...);

int main(void) {
  printf("%d %d %d\n", 0777, 0x1ff, 511);
  printf("%d %d %d\n", 010, 0x10, 10);
  printf("%u %u\n", 037777777777u, 0xFFFFFFFFU);
  printf("%ld %lu\n", 0x7fffffffL, 4294967295UL);
  printf("%d %d\n", 0, 00);
  printf("%x %X %o\n", 48879, 0xbeef, 0xbeef);
  printf("%d\n", 0xAbCdEf == 11259375);
  int sum = 0x10 + 010 + 10 + 0x1 + 01;
  printf("0x10 + 010 + 10 + 0x1 + 01 = %d\n", sum);
  return sum == 36 ? 0 : 1;
}
