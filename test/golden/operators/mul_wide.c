// A 32x32 -> 64-bit multiply from 16-bit halves (no long long), checked by long multiplication.
int printf(const char *, ...);

static void mul64(unsigned a, unsigned b, unsigned *hi, unsigned *lo) {
  unsigned al = a & 0xffff, ah = a >> 16, bl = b & 0xffff, bh = b >> 16;
  unsigned ll = al * bl, lh = al * bh, hl = ah * bl, hh = ah * bh;
  unsigned mid = (ll >> 16) + (lh & 0xffff) + (hl & 0xffff);
  *lo = (ll & 0xffff) | (mid << 16);
  *hi = hh + (lh >> 16) + (hl >> 16) + (mid >> 16);
}

int main(void) {
  unsigned pairs[][2] = { { 0xffffffffu, 0xffffffffu }, { 0x10000, 0x10000 }, { 123456789, 987654321 },
                          { 0x80000000u, 2 }, { 3, 5 } };
  for (int i = 0; i < 5; i++) {
    unsigned hi, lo;
    mul64(pairs[i][0], pairs[i][1], &hi, &lo);
    printf("%08x * %08x = %08x%08x (low word %s)\n", pairs[i][0], pairs[i][1], hi, lo,
           lo == pairs[i][0] * pairs[i][1] ? "matches" : "WRONG");
  }
  return 0;
}
