// The unary operators - ~ ! + on int and unsigned, including on zero and the extremes.
int printf(const char *, ...);

int main(void) {
  int xs[] = { 0, 1, -1, 2147483646, 42, -42 }; /* -~x is x + 1: not INT_MAX */
  for (int i = 0; i < 6; i++) {
    int x = xs[i];
    printf("x=%d: -x=%d ~x=%d !x=%d +x=%d !!x=%d -~x=%d ~-x=%d\n", x, -x, ~x, !x, +x, !!x, -~x, ~-x);
  }
  unsigned u = 1;
  printf("-1u=%u ~0u=%u !0u=%d -0x80000000u=%u\n", -u, ~0u, !0u, -0x80000000u);
  int min = -2147483647 - 1;
  printf("~INT_MIN=%d !INT_MIN=%d -(unsigned)INT_MIN=%u\n", ~min, !min, -(unsigned)min);
  return !xs[0] + !xs[1];
}
