// Two-dimensional arrays, arrays passed to functions, and sizeof of arrays.
int printf(const char *, ...);

#define N 4
static void multiply(int a[N][N], int b[N][N], int c[N][N]) {
  for (int i = 0; i < N; i++)
    for (int j = 0; j < N; j++) {
      int s = 0;
      for (int k = 0; k < N; k++) s += a[i][k] * b[k][j];
      c[i][j] = s;
    }
}

int main(void) {
  int a[N][N], b[N][N], c[N][N];
  for (int i = 0; i < N; i++)
    for (int j = 0; j < N; j++) {
      a[i][j] = i + j;
      b[i][j] = i == j ? 2 : 1;
    }
  multiply(a, b, c);
  for (int i = 0; i < N; i++) {
    for (int j = 0; j < N; j++) printf("%4d", c[i][j]);
    printf("\n");
  }
  printf("%d %d %d\n", (int)sizeof a, (int)sizeof a[0], (int)(sizeof a / sizeof a[0][0]));
  return 0;
}
