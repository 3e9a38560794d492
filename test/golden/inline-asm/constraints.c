// Immediate constraints ("i", "N"), matching inputs ("0"), and several outputs from one statement.
int printf(const char *, ...);

#define SHIFT 3

int main(void) {
  int x = 5, y;
  __asm__("shl %0, %1" : "+r"(x) : "i"(SHIFT) : "cc");
  printf("%d\n", x);
  __asm__("lea %0, [%1+%2]" : "=r"(y) : "r"(x), "i"(100));
  printf("%d\n", y);
  unsigned q, r;
  __asm__("mov %1, %2\n\tand %1, 7\n\tshr %0, 3" : "=r"(q), "=&r"(r) : "0"(1234u) : "cc");
  printf("%u %u\n", q, r);
  int a = 1, b = 2, c = 3;
  __asm__("xchg %0, %1\n\txchg %1, %2" : "+r"(a), "+r"(b), "+r"(c));
  printf("%d %d %d\n", a, b, c);
  unsigned char port_like;
  __asm__("mov %0, %1" : "=a"(port_like) : "N"(0x60));
  printf("%d\n", port_like);
  return a + b * 10 + c * 100;
}
