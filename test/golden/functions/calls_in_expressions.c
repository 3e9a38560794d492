// Calls inside array indexes, as operands of / and %, and in both arms of comparisons, with many
// values live around them.
int printf(const char *, ...);

static int sq(int x) { return x * x; }
static int half(int x) { return x / 2; }

int main(void) {
  int a[10] = { 5, 8, 1, 9, 3, 7, 2, 6, 4, 0 };
  int x = 3, y = 4, z = 5;
  int r1 = a[half(sq(y))] + a[sq(x) % 10] * sq(a[x]);
  int r2 = sq(z) / half(x + y) + sq(z) % half(x + y + 1);
  int r3 = (sq(x) + sq(y) == sq(z)) + (half(sq(z)) < sq(half(z)) ? 10 : 20);
  int r4 = a[a[a[half(y)]]];
  printf("r1 %d r2 %d r3 %d r4 %d, live %d %d %d\n", r1, r2, r3, r4, x, y, z);
  return r1 + r2 + r3 + r4;
}
