// Rotations built from two shifts and an or (n from 1 to 31), and their inverse.
int printf(const char *, ...);

static unsigned rol(unsigned x, int n) { return (x << n) | (x >> (32 - n)); }
static unsigned ror(unsigned x, int n) { return (x >> n) | (x << (32 - n)); }

int main(void) {
  unsigned x = 0x12345678u;
  int bad = 0;
  for (int n = 1; n < 32; n++) {
    if (ror(rol(x, n), n) != x) bad++;
    if (rol(x, n) != ror(x, 32 - n)) bad++;
    if (n % 4 == 0) printf("rol(x, %2d) = %08x  ror(x, %2d) = %08x\n", n, rol(x, n), n, ror(x, n));
  }
  printf("rol 8 by constant: %08x\n", (x << 8) | (x >> 24));
  printf("failures: %d\n", bad);
  return bad;
}
