// abs, min, max, sign and clamp, written with branches and without, over edge values.
int printf(const char *, ...);

static int iabs(int x) { return x < 0 ? -x : x; }
static int sign(int x) { return (x > 0) - (x < 0); }
static int imin(int a, int b) { return a < b ? a : b; }
static int imax(int a, int b) { return a > b ? a : b; }
static int bmin(int a, int b) { return b ^ ((a ^ b) & -(a < b)); }
static int clamp(int x, int lo, int hi) { return imin(imax(x, lo), hi); }

int main(void) {
  int xs[] = { 0, 5, -5, 2147483647, -2147483647, 100, -100 };
  int bad = 0;
  for (int i = 0; i < 7; i++) {
    for (int j = 0; j < 7; j++)
      if (bmin(xs[i], xs[j]) != imin(xs[i], xs[j])) bad++;
    printf("x=%d abs=%d sign=%d clamp(-10,10)=%d\n", xs[i], iabs(xs[i]), sign(xs[i]),
           clamp(xs[i], -10, 10));
  }
  printf("max(-1, -2) = %d, min(-1, -2) = %d\n", imax(-1, -2), imin(-1, -2));
  printf("branchless min disagrees %d times\n", bad);
  return bad;
}
