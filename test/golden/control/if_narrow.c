// Conditions on narrow values: an unsigned char of 256 is 0 and false; a short of 0x10000 too.
int printf(const char *, ...);

int main(void) {
  int big = 256;
  unsigned char uc = (unsigned char)big;
  short s = (short)0x10000;
  char c = (char)0x100;
  unsigned short us = (unsigned short)-65536;
  int taken = 0;
  if (uc) taken |= 1;
  if (s) taken |= 2;
  if (c) taken |= 4;
  if (us) taken |= 8;
  if (!uc && !s && !c && !us) taken |= 16;
  printf("taken %d\n", taken);
  unsigned char limit = 250;
  int iterations = 0;
  for (unsigned char k = limit; k != 4; k++) iterations++; /* wraps from 255 to 0 */
  printf("iterations %d\n", iterations);
  return taken;
}
