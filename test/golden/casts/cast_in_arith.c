// Casts inside larger expressions: averaging without overflow, rounding, and byte packing.
int printf(const char *, ...);

static int average(int a, int b) { return (int)(((unsigned)a + (unsigned)b) / 2u); }

int main(void) {
  printf("average(2000000000, 2000000000) = %d\n", average(2000000000, 2000000000));
  printf("average(7, 8) = %d\n", average(7, 8));
  unsigned char r = 0x12, g = 0x34, b = 0x56, a = 0x78;
  unsigned packed = (unsigned)a << 24 | (unsigned)b << 16 | (unsigned)g << 8 | r;
  printf("packed %08x\n", packed);
  printf("unpacked %02x %02x %02x %02x\n", (unsigned char)packed, (unsigned char)(packed >> 8),
         (unsigned char)(packed >> 16), (unsigned char)(packed >> 24));
  int total = 0;
  for (int i = 0; i < 10; i++) total += (signed char)(i * 30);
  printf("total %d\n", total);
  return (unsigned char)(packed >> 16);
}
