// Comparing signed with unsigned converts the signed side to unsigned (the usual arithmetic
// conversions): -1 < 1u is false. Narrow unsigned types promote to int first, so -1 < (unsigned
// short)1 is true. The casts below spell out what the conversions do.
int printf(const char *, ...);

int main(void) {
  int minus = -1;
  unsigned one = 1;
  unsigned short us = 1;
  unsigned char uc = 200;
  long l = -1;
  printf("-1 < 1u: %d\n", (unsigned)minus < one);
  printf("-1 < (unsigned short)1: %d\n", minus < us);
  printf("-1 < (unsigned char)200: %d\n", minus < uc);
  printf("-1L < 1u: %d\n", (unsigned long)l < one);
  printf("-1 == 0xffffffffu: %d\n", (unsigned)minus == 0xffffffffu);
  printf("(unsigned)-5 / 2 = %u, -5 / 2 = %d\n", (unsigned)-5 / 2, -5 / 2);
  printf("sizeof(us + us) = %u (int)\n", (unsigned)sizeof(us + us));
  int mixed = minus + (int)one; /* back to signed */
  printf("-1 + 1 = %d\n", mixed);
  unsigned r = minus * one; /* the product is unsigned */
  printf("-1 * 1u = %u\n", r);
  return 0;
}
