// #if expressions: character constants, unsigned arithmetic, shifts, ternaries, short circuits.
int printf(const char *, ...);

int main(void) {
  int passed = 0;
#if 'A' == 65
  passed++;
#endif
#if 0u - 1 > 0
  passed++; /* unsigned arithmetic wraps in #if too */
#endif
#if (1 << 10) == 1024 && (1024 >> 3) == 128
  passed++;
#endif
#if (3 > 2 ? 10 : 20) == 10
  passed++;
#endif
#if 0 && (1 / 0)
#else
  passed++; /* the division is never evaluated */
#endif
#if 1 || (1 / 0)
  passed++;
#endif
#if 0x7fffffff + 1 > 0
  passed++; /* #if arithmetic is in intmax_t, wider than int */
#endif
#if ~0 == -1 && !0 == 1
  passed++;
#endif
#if (2 + 3) * 4 % 7 == 6
  passed++;
#endif
  printf("passed %d of 9\n", passed);
  return passed;
}
