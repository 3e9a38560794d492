// A three-dimensional array: indexing, sizes of its slices, and a flat walk in memory order.
int printf(const char *, ...);

int main(void) {
  short cube[3][4][5];
  int n = 0;
  for (int i = 0; i < 3; i++)
    for (int j = 0; j < 4; j++)
      for (int k = 0; k < 5; k++) cube[i][j][k] = (short)(n++);
  printf("sizes %u %u %u %u\n", (unsigned)sizeof cube, (unsigned)sizeof cube[0],
         (unsigned)sizeof cube[0][0], (unsigned)sizeof cube[0][0][0]);
  printf("cube[2][3][4] = %d, cube[1][2][3] = %d\n", cube[2][3][4], cube[1][2][3]);
  short *flat = &cube[0][0][0];
  int sum = 0;
  for (int i = 0; i < 60; i++) sum += flat[i];
  printf("sum %d\n", sum);
  int plane = 0;
  for (int j = 0; j < 4; j++)
    for (int k = 0; k < 5; k++) plane += cube[1][j][k];
  printf("middle plane sum %d\n", plane);
  return cube[1][1][1];
}
