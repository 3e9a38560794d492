// Variable shift counts (which must be in cl) while many other values are live, including a count
// that is itself the result of arithmetic and a value shifted by itself.
int printf(const char *, ...);

static volatile unsigned v[6] = { 0x12345678u, 3, 0xdeadbeefu, 17, 0x80000000u, 31 };

int main(void) {
  unsigned a = v[0], n = v[1], b = v[2], m = v[3], c = v[4], k = v[5];
  unsigned r1 = a << n, r2 = b >> m, r3 = c >> k, r4 = a >> (n + m), r5 = b << (k - n);
  unsigned r6 = n << n, r7 = (a ^ b) >> (m & 7), r8 = c >> (k - 1);
  int s = (int)b >> m;
  int t = (int)c >> k;
  printf("%08x %08x %08x %08x %08x\n", r1, r2, r3, r4, r5);
  printf("%08x %08x %08x %08x %08x\n", r6, r7, r8, (unsigned)s, (unsigned)t);
  printf("live %08x %u %08x %u %08x %u\n", a, n, b, m, c, k);
  unsigned acc = 0;
  for (unsigned i = 0; i < 32; i++) acc += (a >> i & 1) << (31 - i);
  printf("reversed %08x\n", acc);
  return (int)(r6 + n);
}
