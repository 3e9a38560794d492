// goto out of a switch inside a loop inside a loop, and a goto that skips the rest of an iteration.
int printf(const char *, ...);

int main(void) {
  int grid[4][4] = {{1, 2, 3, 4}, {5, -6, 7, 8}, {9, 10, 0, 12}, {13, 14, 15, 16}};
  int sum = 0, r = 0, c = 0;
  for (r = 0; r < 4; r++) {
    for (c = 0; c < 4; c++) {
      switch (grid[r][c] % 3) {
      case 0:
        if (grid[r][c] == 0) goto stop;
        goto next;
      default:
        sum += grid[r][c];
      }
    next:;
    }
  }
stop:
  printf("stopped at %d,%d with sum %d\n", r, c, sum);
  return sum;
}
