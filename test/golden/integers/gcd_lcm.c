// Euclid's gcd (by remainder and by subtraction) and the lcm, on unsigned and signed values.
int printf(const char *, ...);

static unsigned gcd(unsigned a, unsigned b) {
  while (b != 0) { unsigned t = a % b; a = b; b = t; }
  return a;
}

static unsigned gcd_sub(unsigned a, unsigned b) {
  if (a == 0) return b;
  while (b != 0) { if (a > b) a -= b; else b -= a; }
  return a;
}

static int igcd(int a, int b) { return b == 0 ? (a < 0 ? -a : a) : igcd(b, a % b); }

int main(void) {
  unsigned pairs[][2] = { { 12, 18 }, { 17, 5 }, { 0, 9 }, { 1071, 462 }, { 4294967295u, 65535 },
                          { 2147483648u, 1u << 20 } };
  for (int i = 0; i < 6; i++) {
    unsigned a = pairs[i][0], b = pairs[i][1], g = gcd(a, b);
    printf("gcd(%u, %u) = %u (by subtraction %u), lcm = %u\n", a, b, g, gcd_sub(a, b),
           g ? a / g * b : 0);
  }
  printf("igcd(-12, 18) = %d, igcd(12, -18) = %d, igcd(-7, -21) = %d\n", igcd(-12, 18),
         igcd(12, -18), igcd(-7, -21));
  return (int)gcd(1071, 462);
}
