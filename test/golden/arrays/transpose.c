// Matrix transpose, in place for a square matrix and into another for a rectangular one.
int printf(const char *, ...);

int main(void) {
  int sq[5][5];
  for (int i = 0; i < 5; i++)
    for (int j = 0; j < 5; j++) sq[i][j] = i * 10 + j;
  for (int i = 0; i < 5; i++)
    for (int j = i + 1; j < 5; j++) { int t = sq[i][j]; sq[i][j] = sq[j][i]; sq[j][i] = t; }
  for (int i = 0; i < 5; i++) printf("%2d %2d %2d %2d %2d\n", sq[i][0], sq[i][1], sq[i][2], sq[i][3], sq[i][4]);
  int r[2][3] = { { 1, 2, 3 }, { 4, 5, 6 } }, t[3][2];
  for (int i = 0; i < 2; i++)
    for (int j = 0; j < 3; j++) t[j][i] = r[i][j];
  for (int i = 0; i < 3; i++) printf("%d %d\n", t[i][0], t[i][1]);
  return sq[4][0];
}
