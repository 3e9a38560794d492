// The int and unsigned limits of ILP32: INT_MAX, INT_MIN, UINT_MAX, and arithmetic up to them.
int printf(const char *, ...);

#define INT_MAX 0x7fffffff
#define INT_MIN (-INT_MAX - 1)
#define UINT_MAX 0xffffffffu

int main(void) {
  int max = INT_MAX, min = INT_MIN;
  unsigned umax = UINT_MAX;
  printf("INT_MAX = %d, INT_MIN = %d, UINT_MAX = %u\n", max, min, umax);
  printf("INT_MAX - 1 = %d, INT_MIN + 1 = %d\n", max - 1, min + 1);
  printf("-INT_MAX = %d (== INT_MIN + 1: %d)\n", -max, -max == min + 1);
  printf("INT_MAX / 2 = %d, INT_MIN / 2 = %d\n", max / 2, min / 2);
  printf("INT_MIN / -2 = %d, INT_MIN %% 3 = %d\n", min / -2, min % 3);
  printf("(unsigned)INT_MIN = %u\n", (unsigned)min);
  printf("(unsigned)INT_MAX + 1 = %u\n", (unsigned)max + 1u);
  printf("UINT_MAX + 1 = %u, UINT_MAX * UINT_MAX = %u\n", umax + 1u, umax * umax);
  printf("UINT_MAX / 3 = %u, UINT_MAX %% 10 = %u\n", umax / 3u, umax % 10u);
  int ok = max + min == -1 && (unsigned)max * 2u + 1u == umax;
  printf("INT_MAX + INT_MIN == -1 and 2*INT_MAX+1 == UINT_MAX: %s\n", ok ? "yes" : "no");
  return ok ? 0 : 1;
}
