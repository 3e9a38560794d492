// Sums of series with loops, checked against closed forms: 1..n, squares, cubes, odd numbers.
int printf(const char *, ...);

int main(void) {
  int bad = 0;
  for (int n = 0; n <= 1000; n += 125) {
    unsigned s1 = 0, s2 = 0, s3 = 0, odd = 0;
    for (unsigned k = 1; k <= (unsigned)n; k++) { s1 += k; s2 += k * k; s3 += k * k * k; odd += 2 * k - 1; }
    unsigned u = (unsigned)n;
    unsigned c1 = u * (u + 1) / 2, c2 = u * (u + 1) * (2 * u + 1) / 6, c3 = c1 * c1;
    if (s1 != c1 || s2 != c2 || s3 != c3 || odd != u * u) bad++;
    printf("n=%4d: sum %u, squares %u, cubes %u, odd %u\n", n, s1, s2, s3, odd);
  }
  printf("mismatches: %d\n", bad);
  return bad;
}
