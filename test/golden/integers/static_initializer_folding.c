// Constant expressions in static initializers (evaluated by the compiler's front end, not by the
// code it generates): signed division and remainder, unsigned wrap, shifts, narrowing casts,
// comparisons, and the usual arithmetic conversions — printed beside the same at run time.
int printf(const char *, ...);

static int s1 = -7 / 2, s2 = -7 % 2, s3 = 7 / -2, s4 = 7 % -2;
static unsigned s5 = -1u / 3, s6 = -1u % 7, s7 = 0x80000000u >> 31, s8 = ~0u << 4;
static int s9 = -16 >> 2, s10 = (int)0x80000000u >> 31, s11 = (unsigned char)-1, s12 = (signed char)0x80;
static int s13 = (short)0x18000, s14 = (unsigned short)-1, s15 = -1 < 0u, s16 = -1 < (unsigned short)0;
static int s17 = (3 > 2) + (2 >= 2) * 2 + (1 == 1) * 4 + !5 * 8, s18 = 5 ? 6 : 7;
static long s20 = -1L / 2, s21 = 0x7fffffffL % 1000;
static unsigned long s22 = -1L + 0u;
static int s23 = 'a' * 3 - '\xff', s24 = sizeof(short) * 3 - _Alignof(int);
static int s25 = (int)(0xffffffffu / 0x10000u), s26 = 1 << 30 >> 29, s27 = -(-2147483647), s28 = 100 % 7 * 3 / 2;
static int arr[-7 / -2 + 1];

static volatile int v7 = 7, v2 = 2, m1 = -1;

int main(void) {
  int r1 = -v7 / v2, r2 = -v7 % v2, r3 = v7 / -v2, r4 = v7 % -v2;
  printf("%d %d %d %d | run time %d %d %d %d\n", s1, s2, s3, s4, r1, r2, r3, r4);
  unsigned um1 = (unsigned)m1;
  printf("%u %u %u %u | run time %u %u\n", s5, s6, s7, s8, um1 / 3, um1 % 7);
  printf("%d %d %d %d %d %d %d %d\n", s9, s10, s11, s12, s13, s14, s15, s16);
  printf("%d %d %ld %ld %lu %d %d\n", s17, s18, s20, s21, s22, s23, s24);
  printf("%d %d %d %d, arr has %u elements\n", s25, s26, s27, s28, (unsigned)(sizeof arr / sizeof arr[0]));
  return s1 == r1 && s2 == r2 && s3 == r3 && s4 == r4 ? 0 : 1;
}
