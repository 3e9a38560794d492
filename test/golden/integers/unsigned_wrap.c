// Unsigned arithmetic is modulo 2^32: +, -, * and unary minus wrap around.
int printf(const char *, ...);

int main(void) {
  unsigned zero = 0, one = 1, max = 0xffffffffu;
  printf("0 - 1 = %u\n", zero - one);
  printf("max + 1 = %u, max + max = %u\n", max + one, max + max);
  printf("-1u = %u, -max = %u\n", -one, -max);
  printf("65536 * 65536 = %u\n", 65536u * 65536u);
  printf("65537 * 65535 = %u\n", 65537u * 65535u);
  printf("0x80000000 * 2 = %u\n", 0x80000000u * 2u);
  unsigned x = 3;
  for (int i = 0; i < 25; i++) x *= 7u;
  printf("3 * 7^25 mod 2^32 = %u\n", x);
  unsigned h = 2166136261u; /* FNV-1a over "abc" */
  const char *s = "abc";
  while (*s) { h ^= (unsigned char)*s++; h *= 16777619u; }
  printf("fnv1a(abc) = %u\n", h);
  return h == 440920331u ? 0 : 1;
}
