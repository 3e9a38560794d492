// Repeated squaring of a 2x2 integer matrix (Fibonacci numbers mod 2^32) with array parameters.
int printf(const char *, ...);

static void mul(const unsigned a[2][2], const unsigned b[2][2], unsigned out[2][2]) {
  unsigned t[2][2];
  for (int i = 0; i < 2; i++)
    for (int j = 0; j < 2; j++) t[i][j] = a[i][0] * b[0][j] + a[i][1] * b[1][j];
  for (int i = 0; i < 2; i++)
    for (int j = 0; j < 2; j++) out[i][j] = t[i][j];
}

static unsigned fib(unsigned n) {
  unsigned r[2][2] = { { 1, 0 }, { 0, 1 } }, m[2][2] = { { 1, 1 }, { 1, 0 } };
  while (n) {
    if (n & 1) mul((const unsigned (*)[2])r, (const unsigned (*)[2])m, r);
    mul((const unsigned (*)[2])m, (const unsigned (*)[2])m, m);
    n >>= 1;
  }
  return r[0][1];
}

int main(void) {
  for (unsigned n = 0; n <= 50; n += 10) printf("F(%u) mod 2^32 = %u\n", n, fib(n));
  printf("F(1000) mod 2^32 = %u\n", fib(1000));
  return (int)(fib(12) % 256);
}
