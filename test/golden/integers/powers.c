// Exponentiation by squaring, modular exponentiation without overflow, and powers of ten.
int printf(const char *, ...);

static unsigned upow(unsigned base, unsigned exp) {
  unsigned r = 1;
  while (exp) {
    if (exp & 1) r *= base;
    base *= base;
    exp >>= 1;
  }
  return r;
}

/* (a * b) % m for m < 2^16 stays in range; larger moduli use repeated doubling */
static unsigned mulmod(unsigned a, unsigned b, unsigned m) {
  unsigned r = 0;
  a %= m;
  while (b) {
    if (b & 1) r = (r >= m - a) ? r - (m - a) : r + a;
    a = (a >= m - a) ? a - (m - a) : a + a;
    b >>= 1;
  }
  return r;
}

static unsigned powmod(unsigned b, unsigned e, unsigned m) {
  unsigned r = 1 % m;
  while (e) {
    if (e & 1) r = mulmod(r, b, m);
    b = mulmod(b, b, m);
    e >>= 1;
  }
  return r;
}

int main(void) {
  for (unsigned e = 0; e <= 10; e++) printf("10^%u = %u\n", e, upow(10, e));
  printf("3^40 mod 2^32 = %u\n", upow(3, 40));
  printf("2^31 = %u, 2^32 = %u\n", upow(2, 31), upow(2, 32));
  printf("2^100 mod 1000000007 = %u\n", powmod(2, 100, 1000000007u));
  printf("7^(p-1) mod p for p = 4294967291: %u\n", powmod(7, 4294967290u, 4294967291u));
  return (int)powmod(3, 200, 1000);
}
