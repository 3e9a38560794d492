// An array of pointers to rows of different lengths (a ragged array), sorted by pointer swaps.
int printf(const char *, ...);

static int r0[] = { 3, 1 }, r1[] = { 9, 9, 9, 9 }, r2[] = { 5 }, r3[] = { 2, 2, 2 };

int main(void) {
  int *rows[] = { r0, r1, r2, r3 };
  int lens[] = { 2, 4, 1, 3 };
  int sums[4];
  for (int i = 0; i < 4; i++) {
    sums[i] = 0;
    for (int j = 0; j < lens[i]; j++) sums[i] += rows[i][j];
  }
  for (int i = 0; i < 4; i++)
    for (int j = i + 1; j < 4; j++)
      if (sums[j] < sums[i]) {
        int *t = rows[i]; rows[i] = rows[j]; rows[j] = t;
        int s = sums[i]; sums[i] = sums[j]; sums[j] = s;
        int l = lens[i]; lens[i] = lens[j]; lens[j] = l;
      }
  for (int i = 0; i < 4; i++) printf("sum %2d: first %d, length %d\n", sums[i], rows[i][0], lens[i]);
  return sums[3];
}
