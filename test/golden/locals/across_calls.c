// Locals keep their values across calls to functions that use many registers themselves.
int printf(const char *, ...);

static int busy(int x) {
  int a = x * 3, b = x ^ 0x55, c = x + 7, d = x - 9, e = x << 2, f = x >> 1;
  for (int i = 0; i < 4; i++) { a += b; b ^= c; c -= d; d += e; e ^= f; f += a; }
  return a ^ b ^ c ^ d ^ e ^ f;
}

int main(void) {
  int x = 11, y = 22, z = 33, w = 44, v = 55;
  int r1 = busy(x);
  int r2 = busy(y) + x;
  int r3 = busy(r1 ^ r2) - y;
  printf("%d %d %d %d %d\n", x, y, z, w, v);
  printf("%d %d %d\n", r1, r2, r3);
  int acc = 0;
  for (int i = 0; i < 10; i++) acc += busy(i) ^ x ^ y ^ z ^ w ^ v;
  printf("acc %d, locals %d %d %d %d %d\n", acc, x, y, z, w, v);
  return x + y + z + w + v == 165 ? 0 : 1;
}
