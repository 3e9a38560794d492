// Divisions (which need eax and edx) while many other values are live, and divisions whose
// operands are in eax or edx already.
int printf(const char *, ...);

static volatile int v[8] = { 1000003, -77, 12345, 9, -31, 1 << 20, 7, -2147483647 };

int main(void) {
  int a = v[0], b = v[1], c = v[2], d = v[3], e = v[4], f = v[5], g = v[6], h = v[7];
  int q1 = a / b, r1 = a % b;
  int q2 = c / d + e / g, r2 = f % e;
  int q3 = h / c, r3 = h % d;
  int q4 = (a + b) / (c - d), r4 = (e * f) % (g + 100);
  unsigned u1 = (unsigned)a / (unsigned)d, u2 = (unsigned)h % (unsigned)g;
  printf("%d %d %d %d %d %d %d %d %u %u\n", q1, r1, q2, r2, q3, r3, q4, r4, u1, u2);
  printf("live %d %d %d %d %d %d %d %d\n", a, b, c, d, e, f, g, h);
  int chain = a;
  for (int i = 0; i < 5; i++) chain = chain / d + chain % g;
  printf("chain %d\n", chain);
  return chain & 0x7f;
}
