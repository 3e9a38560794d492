// Local labels inside asm (1:, jnz 1b / jmp 1f): a loop, conditional skips, a label number used twice.
int printf(const char *, ...);

static unsigned popcount(unsigned x) {
  unsigned n = 0, t;
  __asm__("test %1, %1\n\t"
          "jz 2f\n"
          "1:\n\t"
          "inc %0\n\t"
          "lea %2, [%1-1]\n\t"
          "and %1, %2\n\t"
          "jnz 1b\n"
          "2:"
          : "+r"(n), "+r"(x), "=&r"(t)
          :
          : "cc");
  return n;
}

/* The same label number twice: each 1f finds the next 1. */
static int clamp(int x) {
  __asm__("cmp %0, 0\n\tjge 1f\n\txor %0, %0\n1:\n\tcmp %0, 100\n\tjle 1f\n\tmov %0, 100\n1:" : "+r"(x) : : "cc");
  return x;
}

int main(void) {
  printf("clamp %d %d %d\n", clamp(-5), clamp(50), clamp(500));
  unsigned vals[] = {0, 1, 0xff, 0x80000001u, 0xffffffffu, 0x12345678};
  unsigned total = 0;
  for (int i = 0; i < 6; i++) {
    unsigned p = popcount(vals[i]);
    total += p;
    printf("%08x: %u\n", vals[i], p);
  }
  return (int)total;
}
