// Twenty locals live at once — more than the i386 has registers — all still right at the end.
int printf(const char *, ...);

int main(void) {
  int a = 1, b = 2, c = 3, d = 4, e = 5, f = 6, g = 7, h = 8, i = 9, j = 10;
  int k = 11, l = 12, m = 13, n = 14, o = 15, p = 16, q = 17, r = 18, s = 19, t = 20;
  for (int round = 0; round < 5; round++) {
    a += t; b += a; c += b; d += c; e += d; f += e; g += f; h += g; i += h; j += i;
    k ^= j; l ^= k; m ^= l; n ^= m; o ^= n; p ^= o; q ^= p; r ^= q; s ^= r; t ^= s & 0xff;
  }
  printf("%d %d %d %d %d %d %d %d %d %d\n", a, b, c, d, e, f, g, h, i, j);
  printf("%d %d %d %d %d %d %d %d %d %d\n", k, l, m, n, o, p, q, r, s, t);
  int sum = a + b + c + d + e + f + g + h + i + j + k + l + m + n + o + p + q + r + s + t;
  printf("sum %d\n", sum);
  return sum & 0x7f;
}
