// Widening casts: signed narrow types sign-extend, unsigned ones zero-extend, to int and unsigned.
int printf(const char *, ...);

int main(void) {
  signed char sc = -3;
  unsigned char uc = 253;
  short s = -300;
  unsigned short us = 65236;
  printf("(int)sc = %d, (unsigned)sc = %u\n", (int)sc, (unsigned)sc);
  printf("(int)uc = %d, (unsigned)uc = %u\n", (int)uc, (unsigned)uc);
  printf("(int)s = %d, (unsigned)s = %u\n", (int)s, (unsigned)s);
  printf("(int)us = %d, (unsigned)us = %u\n", (int)us, (unsigned)us);
  printf("(short)sc = %d, (unsigned short)sc = %d\n", (short)sc, (unsigned short)sc);
  printf("(long)s = %ld, (unsigned long)uc = %lu\n", (long)s, (unsigned long)uc);
  return (unsigned char)(sc + uc);
}
