// ABI: callee-saved registers — values kept in ebx, esi, edi, ebp across calls survive both ways.
int printf(const char *, ...);

/* gcc side: loops that keep many values live across calls to logos_mix */
unsigned gcc_loop(unsigned n, unsigned (*f)(unsigned, unsigned));
unsigned gcc_scramble(unsigned x);

/* called by gcc: uses many registers */
unsigned logos_mix(unsigned a, unsigned b) {
  unsigned x = a * 3 + b, y = a ^ (b << 3), z = a + (b >> 2), w = x * y + z;
  unsigned v = (x | y) - (z & w) + (a * b);
  return x ^ y ^ z ^ w ^ v;
}

int main(void) {
  unsigned a = 1, b = 2, c = 3, d = 4, e = 5, f = 6;
  unsigned acc = 0;
  for (unsigned i = 0; i < 50; i++) {
    acc += gcc_scramble(i) ^ (a * i + b) ^ (c * d + e * f);
    a += acc & 3, b ^= acc, c += 7, d -= 1, e *= 3, f += a;
  }
  printf("%08x %u %u %u %u %u %u\n", acc, a, b, c, d, e, f);
  printf("%08x\n", gcc_loop(100, logos_mix));
  return (int)(acc & 0x7f);
}
