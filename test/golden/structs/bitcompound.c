// Compound assignment and increments on bit-fields, signed and unsigned, with wrap-around.
int printf(const char *, ...);

struct f { int s : 5; unsigned u : 5; unsigned one : 1; int big : 20; };

int main(void) {
  struct f x = {0, 0, 0, 0};
  for (int i = 0; i < 20; i++) {
    x.s += 3;
    x.u += 3;
    x.one ^= 1;
    x.big -= 50000;
  }
  printf("%d %u %u %d\n", x.s, x.u, x.one, x.big);
  x.s = 15;
  x.s++;
  printf("15+1 in 5 bits: %d\n", x.s);
  x.u = 0;
  x.u--;
  printf("0-1 in 5 unsigned bits: %u\n", x.u);
  int old = x.s--;
  printf("post-decrement %d -> %d\n", old, x.s);
  x.u *= 3;
  x.u >>= 1;
  x.u |= 1;
  printf("%u\n", x.u);
  x.big = -524288;
  printf("%d %d\n", x.big, x.big - 1);
  return x.u;
}
