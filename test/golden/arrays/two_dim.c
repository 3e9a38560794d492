// Two-dimensional arrays: row-major layout, a[i][j] == *(*(a + i) + j), rows passed as int (*)[N].
int printf(const char *, ...);

static int trace(int (*m)[4], int n) { int t = 0; for (int i = 0; i < n; i++) t += m[i][i]; return t; }

int main(void) {
  int m[4][4];
  for (int i = 0; i < 4; i++)
    for (int j = 0; j < 4; j++) m[i][j] = i * 4 + j;
  int *flat = &m[0][0];
  int ok = 1;
  for (int k = 0; k < 16; k++) ok &= flat[k] == k;
  printf("row-major: %d\n", ok);
  printf("m[2][3] = %d, *(*(m + 2) + 3) = %d\n", m[2][3], *(*(m + 2) + 3));
  printf("sizeof m = %u, sizeof m[0] = %u\n", (unsigned)sizeof m, (unsigned)sizeof m[0]);
  printf("trace = %d\n", trace(m, 4));
  int (*row)[4] = m + 1;
  printf("row[1][1] = %d\n", row[1][1]);
  return trace(m, 4);
}
