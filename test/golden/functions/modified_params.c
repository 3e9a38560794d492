// Parameters are the callee's own copies: modifying them leaves the caller's variables unchanged.
int printf(const char *, ...);

static int consume(int n, const char *s, unsigned char c) {
  int total = 0;
  while (n-- > 0) total += *s++;
  c += 10;
  return total + c;
}

static unsigned bits(unsigned x) { unsigned n = 0; for (; x; x >>= 1) n += x & 1; return n; }

int main(void) {
  int n = 3;
  const char *s = "abcdef";
  unsigned char c = 250;
  int r = consume(n, s, c);
  printf("r %d; n %d, s %s, c %d unchanged\n", r, n, s, c);
  unsigned x = 0xf0f0;
  printf("bits %u, x still %x\n", bits(x), x);
  return r % 256;
}
