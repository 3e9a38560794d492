// unsigned short promotes to (signed) int: 65535 * 65535 would overflow int, so the program
// converts one operand to unsigned first, as careful C does.
int printf(const char *, ...);

int main(void) {
  unsigned short x = 65535, y = 65535;
  unsigned prod = (unsigned)x * y;
  printf("65535 * 65535 = %u\n", prod);
  unsigned short z = 255;
  int small = z * z; /* fits in int */
  printf("255 * 255 = %d\n", small);
  printf("-x = %d (int), ~x = %d (int)\n", -x, ~x);
  printf("x > -1: %d (both int)\n", x > -1);
  unsigned short w = 1;
  printf("w - 2 = %d (int arithmetic), (unsigned short)(w - 2) = %d\n", w - 2, (unsigned short)(w - 2));
  return (w - 2) < 0;
}
