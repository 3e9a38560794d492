// A do-while body runs before its condition is first tested: once even when the condition is false.
int printf(const char *, ...);

int main(void) {
  int runs = 0;
  do runs++; while (0);
  printf("do-while(0) ran %d time(s)\n", runs);
  int n = 0;
  while (n > 0) n--;
  do n--; while (n > 0);
  printf("n = %d\n", n);
  unsigned x = 12345, digits = 0;
  do { digits++; x /= 10; } while (x != 0);
  printf("12345 has %u digits\n", digits);
  x = 0; digits = 0;
  do { digits++; x /= 10; } while (x != 0);
  printf("0 has %u digit\n", digits);
  return runs + (int)digits;
}
