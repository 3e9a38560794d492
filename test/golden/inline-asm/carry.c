// Reading the carry flag: add then setc into a byte register (%b), and adc chains for wide sums.
int printf(const char *, ...);

static unsigned add_carry(unsigned a, unsigned b, unsigned *carry) {
  unsigned char c;
  __asm__("add %0, %2\n\tsetc %b1" : "+r"(a), "=a"(c) : "r"(b) : "cc");
  *carry = c;
  return a;
}

/* A 96-bit sum of three-word numbers, low word first. */
static void add96(unsigned r[3], const unsigned x[3], const unsigned y[3]) {
  unsigned a = x[0], b = x[1], c = x[2];
  __asm__("add %0, %3\n\tadc %1, %4\n\tadc %2, %5"
          : "+r"(a), "+r"(b), "+r"(c)
          : "m"(y[0]), "m"(y[1]), "m"(y[2])
          : "cc");
  r[0] = a, r[1] = b, r[2] = c;
}

int main(void) {
  unsigned c;
  unsigned s = add_carry(0xffffffffu, 1, &c);
  printf("%u carry %u\n", s, c);
  s = add_carry(40, 2, &c);
  printf("%u carry %u\n", s, c);
  unsigned x[3] = {0xffffffffu, 0xffffffffu, 1}, y[3] = {1, 0, 2}, r[3];
  add96(r, x, y);
  printf("%08x %08x %08x\n", r[2], r[1], r[0]);
  return (int)r[2];
}
