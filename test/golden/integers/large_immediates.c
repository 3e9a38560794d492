// Operations with 32-bit immediates at the edges: 0x80000000, 0x7fffffff, 0xffffffff, -128, 127,
// 128 (the boundary of the one-byte immediate forms).
int printf(const char *, ...);

static volatile int v[] = { 0, 1, -1, 127, 128, -128, -129, 0x7fffffff, 0x12345678 };

int main(void) {
  for (int i = 0; i < 9; i++) {
    int x = v[i];
    unsigned u = (unsigned)x;
    printf("%11d: &min %08x |min %08x ^max %08x +127 %d +128 %d -128 %d *127 %d *128 %d cmp %d%d%d%d\n", x,
           u & 0x80000000u, u | 0x80000000u, u ^ 0xffffffffu, x / 2 + 127, x / 2 + 128, x / 2 - 128,
           x / 1024 * 127, x / 1024 * 128, x < 127, x < 128, x > -128, x > -129);
  }
  return 0;
}
