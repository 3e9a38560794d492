// Multidimensional initializers: partially braced rows, designated rows and columns.
int printf(const char *, ...);

int m3[3][3][2] = {{{1, 2}, {3, 4}}, {{5}}, [2][1] = {9, 9}};
int id[4][4] = {[0][0] = 1, [1][1] = 1, [2][2] = 1, [3][3] = 1};
int rows[][3] = {{1}, {2, 3}, {4, 5, 6}};

int main(void) {
  for (int i = 0; i < 3; i++) {
    for (int j = 0; j < 3; j++) printf("(%d,%d) ", m3[i][j][0], m3[i][j][1]);
    printf("\n");
  }
  int trace = 0, total = 0;
  for (int i = 0; i < 4; i++)
    for (int j = 0; j < 4; j++) trace += i == j ? id[i][j] : 0, total += id[i][j];
  printf("trace %d total %d\n", trace, total);
  printf("%d rows\n", (int)(sizeof rows / sizeof rows[0]));
  for (int i = 0; i < 3; i++) printf("%d %d %d\n", rows[i][0], rows[i][1], rows[i][2]);
  int local[2][3] = {[1] = {7, 8}, [0][2] = 3};
  printf("%d %d %d %d\n", local[0][0], local[0][2], local[1][1], local[1][2]);
  return trace;
}
