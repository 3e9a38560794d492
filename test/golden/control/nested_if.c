// Deeply nested ifs computing the median of three and the sort order of three values.
int printf(const char *, ...);

static int median(int a, int b, int c) {
  if (a < b) {
    if (b < c) return b;
    else if (a < c) return c;
    else return a;
  } else {
    if (a < c) return a;
    else if (b < c) return c;
    else return b;
  }
}

static int order(int a, int b, int c) {
  if (a <= b) {
    if (b <= c) return 123;
    if (a <= c) return 132;
    return 312;
  }
  if (a <= c) return 213;
  if (b <= c) return 231;
  return 321;
}

int main(void) {
  int v[][3] = { { 1, 2, 3 }, { 1, 3, 2 }, { 2, 1, 3 }, { 2, 3, 1 }, { 3, 1, 2 }, { 3, 2, 1 }, { 5, 5, 1 }, { -1, -1, -1 } };
  int sum = 0;
  for (int i = 0; i < 8; i++) {
    int m = median(v[i][0], v[i][1], v[i][2]);
    printf("(%d, %d, %d): median %d, order %d\n", v[i][0], v[i][1], v[i][2], m, order(v[i][0], v[i][1], v[i][2]));
    sum += m;
  }
  return sum;
}
