// Narrow operands: char and short outputs and inputs in registers of the compiler's choice ("r"/"q").
int printf(const char *, ...);

static unsigned char low_byte(unsigned x) {
  unsigned char r;
  __asm__("mov %0, %b1" : "=q"(r) : "q"(x));
  return r;
}

static short add16(short a, short b) {
  __asm__("add %0, %1" : "+r"(a) : "r"(b) : "cc");
  return a;
}

static signed char neg8(signed char c) {
  __asm__("neg %0" : "+q"(c) : : "cc");
  return c;
}

int main(void) {
  printf("%u %u\n", low_byte(0x12345678), low_byte(0xff));
  printf("%d %d\n", add16(30000, 10000), add16(-5, 3));
  printf("%d %d %d\n", neg8(5), neg8(-128), neg8(0));
  unsigned char bytes[4] = {1, 2, 3, 4};
  for (int i = 0; i < 4; i++) __asm__("shl %0, 1" : "+q"(bytes[i]) : : "cc");
  printf("%d %d %d %d\n", bytes[0], bytes[1], bytes[2], bytes[3]);
  return low_byte(0xabcd) + 0;
}
