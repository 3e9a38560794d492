// A 3x5x7 array indexed with variables: strides of 140, 28 and 4 bytes, and a flat check.
int printf(const char *, ...);

static int cube[3][5][7];

int main(void) {
  for (int i = 0; i < 3; i++)
    for (int j = 0; j < 5; j++)
      for (int k = 0; k < 7; k++) cube[i][j][k] = i * 100 + j * 10 + k;
  int *flat = &cube[0][0][0];
  int bad = 0;
  for (int n = 0; n < 105; n++) {
    int i = n / 35, j = n / 7 % 5, k = n % 7;
    if (flat[n] != i * 100 + j * 10 + k) bad++;
  }
  printf("layout mismatches %d\n", bad);
  volatile int vi = 2, vj = 3, vk = 6;
  int i = vi, j = vj, k = vk;
  printf("cube[%d][%d][%d] = %d, cube[i-1][j+1][k-6] = %d\n", i, j, k, cube[i][j][k], cube[i - 1][j + 1][k - 6]);
  printf("strides %d %d %d\n", (int)((char *)cube[1] - (char *)cube[0]), (int)((char *)cube[0][1] - (char *)cube[0][0]),
         (int)((char *)&cube[0][0][1] - (char *)&cube[0][0][0]));
  char names[4][11] = { "zero", "one", "two", "three" };
  int idx = vi + 1;
  printf("%s %c\n", names[idx], names[idx - 2][2]);
  return cube[i][j][k] % 256;
}
