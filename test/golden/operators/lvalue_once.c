// In a compound assignment or ++, the left operand's subexpressions are evaluated once, even when
// they contain calls or increments.
int printf(const char *, ...);

static int calls;
static int idx(int i) { calls++; return i; }

int main(void) {
  int a[5] = { 1, 2, 3, 4, 5 };
  a[idx(2)] += 10;
  a[idx(0)] *= 7;
  a[idx(4)]++;
  --a[idx(1)];
  a[idx(3)] <<= 2;
  printf("a = %d %d %d %d %d, calls %d\n", a[0], a[1], a[2], a[3], a[4], calls);
  int *p = a;
  *p++ += 100;
  *p++ -= 100;
  printf("a[0] %d a[1] %d, p at %d\n", a[0], a[1], (int)(p - a));
  int m[3][3] = { { 0 } };
  int row = 0;
  m[row++][idx(2)] += 9; /* row++ and idx(2) are evaluated once each */
  printf("m[0][2] %d, row %d, calls %d\n", m[0][2], row, calls);
  return calls;
}
