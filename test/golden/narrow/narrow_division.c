// Division and remainder of negative chars and shorts: they are ints when divided.
int printf(const char *, ...);

int main(void) {
  signed char cs[] = { -128, -7, -1, 7, 127 };
  signed char ds[] = { 3, -3, 2 };
  for (int i = 0; i < 5; i++)
    for (int j = 0; j < 3; j++)
      printf("%4d / %2d = %3d  %% = %2d\n", cs[i], ds[j], cs[i] / ds[j], cs[i] % ds[j]);
  short big = -32768;
  signed char m1 = -1;
  printf("-32768 / -1 = %d (int: no overflow)\n", big / m1);
  unsigned char u = 250;
  signed char n = -5;
  printf("250 / -5 = %d\n", u / n);
  return (unsigned char)(big / m1 / 256);
}
