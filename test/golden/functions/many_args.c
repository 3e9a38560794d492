// Functions of ten and twelve arguments of mixed types: every argument arrives in its place.
int printf(const char *, ...);

static int ten(int a, int b, int c, int d, int e, int f, int g, int h, int i, int j) {
  return a * 1 + b * 2 + c * 3 + d * 4 + e * 5 + f * 6 + g * 7 + h * 8 + i * 9 + j * 10;
}

static unsigned twelve(char a, short b, int c, unsigned char d, unsigned short e, long f,
                       unsigned g, signed char h, int i, const char *s, int k, int l) {
  return (unsigned)(a + b + c + d + e + f) ^ g ^ (unsigned)(h * i) ^ (unsigned)s[0] ^ (unsigned)(k - l);
}

int main(void) {
  printf("ten = %d\n", ten(1, 2, 3, 4, 5, 6, 7, 8, 9, 10));
  printf("ten = %d\n", ten(-1, -2, -3, -4, -5, -6, -7, -8, -9, -10));
  printf("twelve = %u\n", twelve('A', -300, 70000, 255, 65535, -5L, 0xf0f0f0f0u, -7, 6, "z", 100, 1));
  int x = 5;
  printf("nested = %d\n", ten(ten(1, 0, 0, 0, 0, 0, 0, 0, 0, 0), x, x + 1, x * 2, 0, 0, 0, 0, 0, ten(0, 0, 0, 0, 0, 0, 0, 0, 0, 1)));
  return ten(1, 1, 1, 1, 1, 1, 1, 1, 1, 1);
}
