// A narrow value multiplied and divided in int differs from the same steps stored in between.
int printf(const char *, ...);

int main(void) {
  unsigned char c = 200;
  int in_int = c * 2 / 2;                 /* 200: no truncation in between */
  unsigned char stored = (unsigned char)(c * 2);
  int via_store = stored / 2;             /* 144 / 2 = 72 */
  printf("in int %d, via a store %d\n", in_int, via_store);
  short s = 20000;
  int sum_int = (s + s) / 2;
  short tmp = (short)(s + s);
  printf("short in int %d, via a store %d\n", sum_int, tmp / 2);
  signed char sc = -128;
  printf("-sc in int %d, stored %d\n", -sc, (signed char)-sc);
  unsigned short u = 65535;
  printf("u + 1 in int %d, stored %d\n", u + 1, (unsigned short)(u + 1));
  return via_store;
}
