// Integer matrix multiplication, 120 x 120, three times.
int printf(const char *, ...);

#define N 120
static int a[N][N], b[N][N], c[N][N];

int main(void) {
  for (int i = 0; i < N; i++)
    for (int j = 0; j < N; j++) {
      a[i][j] = (i * 7 + j * 3) % 17 - 8;
      b[i][j] = (i * 5 + j * 11) % 13 - 6;
    }
  unsigned check = 0;
  for (int round = 0; round < 3; round++) {
    for (int i = 0; i < N; i++)
      for (int j = 0; j < N; j++) {
        int s = 0;
        for (int k = 0; k < N; k++) s += a[i][k] * b[k][j];
        c[i][j] = s + round;
      }
    for (int i = 0; i < N; i++) check = check * 31 + (unsigned)c[i][(i * 7) % N];
  }
  printf("%u\n", check);
  return 0;
}
