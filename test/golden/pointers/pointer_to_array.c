// Pointers to whole arrays: int (*p)[4] steps by rows, (*p)[i] indexes within one.
int printf(const char *, ...);

static int row_sum(const int (*row)[4]) { int s = 0; for (int i = 0; i < 4; i++) s += (*row)[i]; return s; }

int main(void) {
  int m[3][4] = { { 1, 2, 3, 4 }, { 5, 6, 7, 8 }, { 9, 10, 11, 12 } };
  for (int (*p)[4] = m; p < m + 3; p++) printf("row sum %d, first %d\n", row_sum((const int (*)[4])p), (*p)[0]);
  int one[4] = { 40, 30, 20, 10 };
  int (*whole)[4] = &one;
  printf("sizeof *whole %u, (*whole)[3] %d\n", (unsigned)sizeof *whole, (*whole)[3]);
  char (*line)[8] = (char (*)[8])"abcdefghijklmnop";
  printf("line[1][2] %c\n", line[1][2]);
  return row_sum((const int (*)[4])&m[2]);
}
