// Conditions a compiler turns into compare-and-branch or test-and-branch: masks, differences
// against zero, narrow loads, unsigned bounds, and negated compounds.
int printf(const char *, ...);

static volatile int in[10] = { 0, 1, -1, 8, 255, 256, -256, 2147483647, -2147483647 - 1, 12 };

int main(void) {
  for (int i = 0; i < 10; i++) {
    int x = in[i];
    int bits = 0;
    if ((x & 0xff) == 0) bits |= 1;
    if (x & 8) bits |= 2;
    if ((unsigned)x > 255u) bits |= 4;
    if ((signed char)x < 0) bits |= 8;
    if ((unsigned char)x == 0xff) bits |= 16;
    if (!(x > 0 && x < 100)) bits |= 32;
    if ((x ^ 12) == 0) bits |= 64;
    if ((short)x != x) bits |= 128;
    if (x >= 0 && (x & (x - 1)) == 0) bits |= 256;
    printf("%11d: %03x\n", x, bits);
  }
  return 0;
}
