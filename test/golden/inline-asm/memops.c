// Memory operands ("m", "+m"): instructions reading and writing variables in memory directly.
int printf(const char *, ...);

static int counter;
static int table[4] = {10, 20, 30, 40};

int main(void) {
  for (int i = 0; i < 5; i++) __asm__("inc %0" : "+m"(counter) : : "cc");
  printf("counter %d\n", counter);
  __asm__("add %0, %1" : "+m"(table[2]) : "r"(5) : "cc");
  __asm__("shl %0, 2" : "+m"(table[0]) : : "cc");
  printf("%d %d\n", table[2], table[0]);
  int local = 7, out;
  __asm__("mov %0, %1" : "=r"(out) : "m"(local));
  printf("loaded %d\n", out);
  short h = -1;
  __asm__("neg %0" : "+m"(h) : : "cc");
  printf("short %d\n", h);
  unsigned char b = 0x0f;
  __asm__("not %0" : "+m"(b));
  printf("byte %02x\n", b);
  return counter + out;
}
