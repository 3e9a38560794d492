// Bit manipulation idioms: lowest set bit, clear lowest, power-of-two test, popcount, parity.
int printf(const char *, ...);

static int popcount(unsigned x) { int n = 0; while (x) { x &= x - 1; n++; } return n; }
static int parity(unsigned x) { x ^= x >> 16; x ^= x >> 8; x ^= x >> 4; x ^= x >> 2; x ^= x >> 1; return x & 1; }
static int is_pow2(unsigned x) { return x != 0 && (x & (x - 1)) == 0; }
static unsigned next_pow2(unsigned x) {
  x--; x |= x >> 1; x |= x >> 2; x |= x >> 4; x |= x >> 8; x |= x >> 16; return x + 1;
}
static int ctz(unsigned x) { int n = 0; if (x == 0) return 32; while (!(x & 1)) { x >>= 1; n++; } return n; }

int main(void) {
  unsigned xs[] = { 0, 1, 2, 3, 12, 255, 256, 0x80000000u, 0xffffffffu, 0xdeadbeefu, 1000 };
  for (int i = 0; i < 11; i++) {
    unsigned x = xs[i];
    printf("%08x: low=%08x clear=%08x pow2=%d pop=%2d parity=%d ctz=%2d next=%08x\n", x, x & -x,
           x & (x - 1), is_pow2(x), popcount(x), parity(x), ctz(x), next_pow2(x));
  }
  return popcount(0xdeadbeefu);
}
