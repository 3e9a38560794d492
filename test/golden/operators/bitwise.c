// Bitwise operators and shifts, signed and unsigned: >> on a negative int is arithmetic on gcc.
int printf(const char *, ...);

static unsigned rotl(unsigned x, int k) { return (x << k) | (x >> (32 - k)); }

int main(void) {
  unsigned u = 0xdeadbeef;
  int s = -1234567;
  printf("%x %x %x %x\n", u & 0xff00ff00, u | 0x0f, u ^ 0xffffffff, ~u);
  printf("%x %x %d %d\n", u << 4, u >> 4, s >> 4, s << 3);
  for (int k = 1; k < 32; k += 7) printf("%08x ", rotl(u, k));
  printf("\n");
  int n = 0;
  for (unsigned v = u; v != 0; v &= v - 1) n++;
  printf("popcount %d\n", n);
  int sh = 5;
  printf("%d %u\n", 1 << sh, 0x80000000u >> sh);
  return 0;
}
