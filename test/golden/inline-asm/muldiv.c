// mul and div with their fixed registers: a 32x32->64 product in edx:eax, and a 64/32 division.
int printf(const char *, ...);

static void mul64(unsigned a, unsigned b, unsigned *hi, unsigned *lo) {
  unsigned h, l;
  __asm__("mul %3" : "=a"(l), "=d"(h) : "a"(a), "r"(b) : "cc");
  *hi = h, *lo = l;
}

static unsigned div64(unsigned hi, unsigned lo, unsigned d, unsigned *rem) {
  unsigned q, r;
  __asm__("div %4" : "=a"(q), "=d"(r) : "a"(lo), "d"(hi), "r"(d) : "cc");
  *rem = r;
  return q;
}

int main(void) {
  unsigned hi, lo, rem;
  mul64(0xffffffffu, 0xffffffffu, &hi, &lo);
  printf("%08x%08x\n", hi, lo);
  mul64(123456789, 987654321, &hi, &lo);
  printf("%08x%08x\n", hi, lo);
  unsigned q = div64(hi, lo, 987654321, &rem);
  printf("%u r %u\n", q, rem);
  q = div64(1, 0, 3, &rem);
  printf("%u r %u\n", q, rem);
  int sq;
  __asm__("imul %0, %1, 7" : "=r"(sq) : "r"(-6));
  printf("imul %d\n", sq);
  return (int)rem;
}
