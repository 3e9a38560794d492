// Many unsigned char and char values live at once: byte operations must use registers that
// have a byte form (al, bl, cl, dl), or widen first.
int printf(const char *, ...);

static volatile unsigned char seed[8] = { 0x11, 0x82, 0xf3, 0x44, 0xa5, 0x36, 0xc7, 0x58 };

int main(void) {
  unsigned char a = seed[0], b = seed[1], c = seed[2], d = seed[3];
  unsigned char e = seed[4], f = seed[5], g = seed[6], h = seed[7];
  for (int round = 0; round < 7; round++) {
    a = (unsigned char)(a + h); b ^= a; c = (unsigned char)(c - b); d = (unsigned char)(d * 3 + c);
    e = (unsigned char)(e << 1 | e >> 7); f &= (unsigned char)~e; g |= (unsigned char)(f >> 2); h = (unsigned char)(h + g + a);
  }
  printf("%02x %02x %02x %02x %02x %02x %02x %02x\n", a, b, c, d, e, f, g, h);
  signed char s1 = (signed char)a, s2 = (signed char)b, s3 = (signed char)c, s4 = (signed char)d;
  signed char s5 = (signed char)e, s6 = (signed char)f, s7 = (signed char)g;
  int total = s1 + s2 + s3 + s4 + s5 + s6 + s7;
  printf("signed total %d\n", total);
  unsigned char out[8] = { a, b, c, d, e, f, g, h };
  unsigned sum = 0;
  for (int i = 0; i < 8; i++) sum = sum * 257 + out[i];
  printf("sum %08x\n", sum);
  return a;
}
