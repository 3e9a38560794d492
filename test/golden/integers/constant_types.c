// The type of an integer constant comes from its value, radix and suffix (C11 6.4.4.1, ILP32).
int printf(const char *, ...);

#define SIGNED(x) (!((x) * 0 - 1 > 0)) /* x * 0 - 1 is -1, or UINT_MAX if x is unsigned */

int main(void) {
  /* a hex constant that does not fit int is unsigned int; a decimal one needs the u suffix */
  printf("0x7fffffff signed: %d\n", SIGNED(0x7fffffff));
  printf("0x80000000 signed: %d\n", SIGNED(0x80000000));
  printf("2147483647 signed: %d\n", SIGNED(2147483647));
  printf("4294967295u signed: %d\n", SIGNED(4294967295u));
  printf("017777777777 signed: %d, 020000000000 signed: %d\n", SIGNED(017777777777), SIGNED(020000000000));
  printf("1L signed: %d, 1UL signed: %d\n", SIGNED(1L), SIGNED(1UL));
  printf("sizeof 1 = %u, 1L = %u, 'a' = %u\n", (unsigned)sizeof 1, (unsigned)sizeof 1L, (unsigned)sizeof 'a');
  /* -0x80000000 is the negation of an unsigned: still 0x80000000 */
  printf("-0x80000000 = %u\n", -0x80000000);
  printf("0x80000000 > 0: %d\n", 0x80000000 > 0);
  printf("-1 > 0u (as unsigned): %d\n", (unsigned)-1 > 0u);
  return 0;
}
