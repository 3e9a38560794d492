// Leaving nested loops early with flags and breaks at each level (no goto).
int printf(const char *, ...);

int main(void) {
  int grid[5][5];
  for (int i = 0; i < 5; i++)
    for (int j = 0; j < 5; j++) grid[i][j] = (i * 7 + j * 3) % 11;
  int fi = -1, fj = -1, visited = 0;
  for (int i = 0; i < 5 && fi < 0; i++) {
    for (int j = 0; j < 5; j++) {
      visited++;
      if (grid[i][j] == 10) { fi = i; fj = j; break; }
    }
  }
  printf("first 10 at (%d, %d) after %d cells\n", fi, fj, visited);
  int rows_without_zero = 0;
  for (int i = 0; i < 5; i++) {
    int j = 0;
    do {
      if (grid[i][j] == 0) break;
    } while (++j < 5);
    if (j == 5) rows_without_zero++;
  }
  printf("rows without a zero: %d\n", rows_without_zero);
  return visited;
}
