// unsigned char arithmetic stored back wraps modulo 256: counting, adding, subtracting below 0.
int printf(const char *, ...);

int main(void) {
  unsigned char c = 250;
  for (int i = 0; i < 10; i++) c++;
  printf("250 + 10 = %d\n", c);
  c = 5;
  c -= 10;
  printf("5 - 10 = %d\n", c);
  c = 16;
  c *= 20;
  printf("16 * 20 = %d\n", c);
  c = 0xf0;
  c <<= 2;
  printf("0xf0 << 2 = %d\n", c);
  unsigned char sum = 0;
  for (int i = 1; i <= 100; i++) sum += (unsigned char)i;
  printf("sum 1..100 mod 256 = %d\n", sum);
  unsigned char neg = (unsigned char)-1;
  printf("(unsigned char)-1 = %d\n", neg);
  return sum;
}
