// A cast on one operand changes which operation is done: unsigned division, comparison, shift.
int printf(const char *, ...);

int main(void) {
  int a = -16, b = 3;
  printf("a / b = %d, (unsigned)a / b = %u\n", a / b, (unsigned)a / (unsigned)b);
  printf("a %% b = %d, (unsigned)a %% b = %u\n", a % b, (unsigned)a % (unsigned)b);
  printf("a >> 2 = %d, (unsigned)a >> 2 = %u\n", a >> 2, (unsigned)a >> 2);
  printf("a < b = %d, (unsigned)a < (unsigned)b = %d\n", a < b, (unsigned)a < (unsigned)b);
  unsigned u = 7;
  printf("(int)u - 10 = %d, u - 10 = %u\n", (int)u - 10, u - 10);
  unsigned char c = 200;
  printf("(signed char)c / 2 = %d, c / 2 = %d\n", (signed char)c / 2, c / 2);
  return (unsigned)a / (unsigned)b % 256;
}
