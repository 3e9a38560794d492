// Locals of type char, short and _Bool hold narrow values: stores truncate, loads extend.
int printf(const char *, ...);

int main(void) {
  char c = 0;
  unsigned char uc = 0;
  short s = 0;
  unsigned short us = 0;
  for (int i = 0; i < 300; i++) { c++; uc++; s += 300; us += 300; }
  printf("c %d uc %d s %d us %d\n", c, uc, s, us);
  signed char sc = -128;
  sc = (signed char)(sc - 1); /* conversion to a narrow signed type wraps on gcc */
  printf("sc %d\n", sc);
  short neg = -2;
  int widened = neg;
  unsigned uwidened = (unsigned short)neg;
  printf("widened %d, as unsigned short %u\n", widened, uwidened);
  char digits[5];
  for (int i = 0; i < 5; i++) digits[i] = (char)('0' + i * 2);
  printf("%c%c%c%c%c\n", digits[0], digits[1], digits[2], digits[3], digits[4]);
  return uc;
}
