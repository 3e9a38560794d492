// Bit instructions: bsf and bsr find bits, bt tests one, rol and ror by cl (the "c" constraint).
int printf(const char *, ...);

static int lowest(unsigned x) { int r; __asm__("bsf %0, %1" : "=r"(r) : "r"(x) : "cc"); return r; }
static int highest(unsigned x) { int r; __asm__("bsr %0, %1" : "=r"(r) : "r"(x) : "cc"); return r; }
static unsigned rol(unsigned x, unsigned char n) { __asm__("rol %0, cl" : "+r"(x) : "c"(n) : "cc"); return x; }
static unsigned ror(unsigned x, unsigned char n) { __asm__("ror %0, cl" : "+r"(x) : "c"(n) : "cc"); return x; }
static int test_bit(unsigned x, unsigned n) {
  unsigned char c;
  __asm__("bt %1, %2\n\tsetc %b0" : "=a"(c) : "r"(x), "r"(n) : "cc");
  return c;
}

int main(void) {
  unsigned vals[] = {1, 0x80000000u, 0x00f0f000u, 12345};
  for (int i = 0; i < 4; i++) printf("%08x: low %d high %d\n", vals[i], lowest(vals[i]), highest(vals[i]));
  printf("%08x %08x %08x\n", rol(0x12345678, 8), ror(0x12345678, 4), rol(0x80000001u, 1));
  int bits = 0;
  for (unsigned n = 0; n < 32; n++) bits += test_bit(0x00f0f000u, n);
  printf("bits set %d\n", bits);
  return highest(0x1000) + lowest(0x1000);
}
