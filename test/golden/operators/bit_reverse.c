// Reversing the bits of a word by swapping halves, and byte swapping (endianness conversion).
int printf(const char *, ...);

static unsigned reverse(unsigned x) {
  x = ((x >> 1) & 0x55555555u) | ((x & 0x55555555u) << 1);
  x = ((x >> 2) & 0x33333333u) | ((x & 0x33333333u) << 2);
  x = ((x >> 4) & 0x0f0f0f0fu) | ((x & 0x0f0f0f0fu) << 4);
  x = ((x >> 8) & 0x00ff00ffu) | ((x & 0x00ff00ffu) << 8);
  return (x >> 16) | (x << 16);
}

static unsigned reverse_slow(unsigned x) {
  unsigned r = 0;
  for (int i = 0; i < 32; i++) { r = (r << 1) | (x & 1); x >>= 1; }
  return r;
}

static unsigned bswap(unsigned x) {
  return (x >> 24) | ((x >> 8) & 0xff00u) | ((x << 8) & 0xff0000u) | (x << 24);
}

int main(void) {
  unsigned xs[] = { 0, 1, 0x80000000u, 0x12345678u, 0xf0f0f0f0u, 0xdeadbeefu };
  int bad = 0;
  for (int i = 0; i < 6; i++) {
    if (reverse(xs[i]) != reverse_slow(xs[i])) bad++;
    printf("%08x reversed %08x, byte-swapped %08x\n", xs[i], reverse(xs[i]), bswap(xs[i]));
  }
  return bad;
}
