// Classifying triangles by their sides: a decision tree of comparisons.
int printf(const char *, ...);

static const char *kind(int a, int b, int c) {
  if (a <= 0 || b <= 0 || c <= 0) return "invalid";
  if (a + b <= c || a + c <= b || b + c <= a) return "impossible";
  if (a == b && b == c) return "equilateral";
  if (a == b || b == c || a == c) {
    if (a * a + b * b == c * c || a * a + c * c == b * b || b * b + c * c == a * a) return "right isosceles";
    return "isosceles";
  }
  if (a * a + b * b == c * c || a * a + c * c == b * b || b * b + c * c == a * a) return "right";
  return "scalene";
}

int main(void) {
  int t[][3] = { { 3, 4, 5 }, { 5, 5, 5 }, { 5, 5, 8 }, { 1, 2, 3 }, { 0, 1, 1 }, { 7, 10, 5 }, { 13, 5, 12 }, { 2, 2, 3 } };
  for (int i = 0; i < 8; i++) printf("%2d %2d %2d: %s\n", t[i][0], t[i][1], t[i][2], kind(t[i][0], t[i][1], t[i][2]));
  return 0;
}
