// Unsigned comparisons use the unsigned order: 0x80000000 is greater than 0x7fffffff.
int printf(const char *, ...);

static int above(unsigned a, unsigned b) { return a > b; }
static int below_eq(unsigned a, unsigned b) { return a <= b; }

int main(void) {
  unsigned v[] = { 0, 1, 0x7fffffffu, 0x80000000u, 0xfffffffeu, 0xffffffffu };
  for (int i = 0; i < 6; i++) {
    for (int j = 0; j < 6; j++) printf("%d", above(v[i], v[j]) * 2 + below_eq(v[i], v[j]));
    printf("\n");
  }
  unsigned big = 0x80000000u;
  if (big > 0x7fffffffu) printf("0x80000000 > 0x7fffffff\n");
  if ((int)big < 0x7fffffff) printf("(int)0x80000000 < 0x7fffffff\n");
  unsigned count = 0;
  for (unsigned u = 0xfffffff0u; u >= 0xfffffff0u; u++) count++; /* stops when u wraps to 0 */
  printf("count = %u\n", count);
  return (int)count;
}
