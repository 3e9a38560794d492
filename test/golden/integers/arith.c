// Integer arithmetic: + - * / % on int, with the wrap-around of two's complement done in
// unsigned (signed overflow is undefined), and division rounding toward zero.
int printf(const char *, ...);

int main(void) {
  int a = 17, b = 5, n = -17;
  printf("%d %d %d %d %d\n", a + b, a - b, a * b, a / b, a % b);
  printf("%d %d %d %d\n", n / b, n % b, a / -b, a % -b);
  unsigned big = 0xffffffffu;
  printf("%u %u %u\n", big + 1u, big * 2u, big / 16u);
  int x = 1;
  for (int i = 0; i < 10; i++) x = x * 3 + i;
  printf("%d\n", x);
  printf("%d %d\n", 1000000 * 3, -2147483647 - 1);
  return 0;
}
