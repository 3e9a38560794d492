// Operator precedence and associativity, each expression compared with its fully parenthesized form.
int printf(const char *, ...);

int main(void) {
  int a = 6, b = 3, c = 2, d = 1;
  int r[][2] = {
    { a + b * c, a + (b * c) },
    { a - b - c, (a - b) - c },
    { a / b / c, (a / b) / c },
    { a << d + c, a << (d + c) },
    { a & b | c ^ d, (a & b) | (c ^ d) },
    { a == b < c, a == (b < c) },
    { a < b == c > d, (a < b) == (c > d) },
    { -a % b * c, ((-a) % b) * c },
    { a > b ? c : d ? a : b, a > b ? c : (d ? a : b) },
    { a || b && 0, a || (b && 0) },
    { !a + b, (!a) + b },
    { ~a & 0xff, (~a) & 0xff },
    { a & 1 << 2, a & (1 << 2) },
    { a - -b, a - (-b) },
    { a * b % 4, (a * b) % 4 },
  };
  int bad = 0;
  for (int i = 0; i < 15; i++) {
    printf("%2d: %d %d\n", i, r[i][0], r[i][1]);
    if (r[i][0] != r[i][1]) bad++;
  }
  int x, y, z;
  x = y = z = 7; /* right associative */
  x += y -= z *= 2;
  printf("x=%d y=%d z=%d\n", x, y, z);
  return bad;
}
