// The comma operator: left to right, the value of the right operand, in for loops and conditions.
int printf(const char *, ...);

static int trace;
static int note(int v) { trace = trace * 10 + v; return v; }

int main(void) {
  int x = (note(1), note(2), note(3));
  printf("x = %d, order = %d\n", x, trace);
  int i, j, s = 0;
  for (i = 0, j = 10; i < j; i++, j--) s += j - i;
  printf("i = %d, j = %d, s = %d\n", i, j, s);
  int n = 0;
  while (n++, n < 5) {}
  printf("n = %d\n", n);
  int y = 0;
  y = (y += 3, y * 2);
  printf("y = %d\n", y);
  return x;
}
