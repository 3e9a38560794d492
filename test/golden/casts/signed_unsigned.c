// Casts between int and unsigned keep the bit pattern (gcc: modulo 2^32 both ways).
int printf(const char *, ...);

int main(void) {
  int neg = -1, min = -2147483647 - 1;
  unsigned big = 3000000000u, top = 0x80000000u;
  printf("(unsigned)-1 = %u, (unsigned)INT_MIN = %u\n", (unsigned)neg, (unsigned)min);
  printf("(int)3000000000u = %d, (int)0x80000000u = %d\n", (int)big, (int)top);
  printf("round trip: %d %u\n", (int)(unsigned)neg, (unsigned)(int)big);
  printf("(unsigned)-5 / 5 = %u, -5 / 5 = %d\n", (unsigned)-5 / 5, -5 / 5);
  printf("(int)(big / 2) = %d, (int)big / 2 = %d\n", (int)(big / 2), (int)big / 2);
  printf("(unsigned)min >> 31 = %u, min >> 31 = %d\n", (unsigned)min >> 31, min >> 31);
  return (int)(big % 256);
}
