// Integer square root three ways — Newton's method, binary search and bit by bit — on unsigned
// values up to 2^32-1.
int printf(const char *, ...);

static unsigned newton(unsigned n) {
  if (n < 2) return n;
  unsigned x = n / 2 + 1, y = (x + n / x) / 2;
  while (y < x) { x = y; y = (x + n / x) / 2; }
  return x;
}

static unsigned bisect(unsigned n) {
  unsigned lo = 0, hi = 65536;
  while (hi - lo > 1) {
    unsigned mid = lo + (hi - lo) / 2;
    if (mid * mid <= n && mid <= 65535) lo = mid; else hi = mid;
  }
  return lo;
}

static unsigned bits(unsigned n) {
  unsigned root = 0, bit = 1u << 30;
  while (bit > n) bit >>= 2;
  while (bit != 0) {
    if (n >= root + bit) { n -= root + bit; root = (root >> 1) + bit; } else root >>= 1;
    bit >>= 2;
  }
  return root;
}

int main(void) {
  unsigned ns[] = { 0, 1, 2, 3, 4, 15, 16, 17, 99, 100, 65535, 65536, 1000000, 2147483647u,
                    4294836225u, 4294967295u };
  int disagree = 0;
  for (int i = 0; i < 16; i++) {
    unsigned a = newton(ns[i]), b = bisect(ns[i]), c = bits(ns[i]);
    printf("isqrt(%u) = %u\n", ns[i], a);
    if (a != b || b != c) disagree++;
  }
  printf("methods disagree %d times\n", disagree);
  return disagree;
}
