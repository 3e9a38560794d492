// The six relational and equality operators on signed pairs, extremes included; each yields 0 or 1.
int printf(const char *, ...);

int main(void) {
  int v[] = { -2147483647 - 1, -1, 0, 1, 2147483647 };
  int ones = 0;
  for (int i = 0; i < 5; i++) {
    for (int j = 0; j < 5; j++) {
      int a = v[i], b = v[j];
      int lt = a < b, le = a <= b, gt = a > b, ge = a >= b, eq = a == b, ne = a != b;
      printf("%d%d%d%d%d%d ", lt, le, gt, ge, eq, ne);
      ones += lt + le + gt + ge + eq + ne;
    }
    printf("\n");
  }
  printf("ones: %d (three per pair)\n", ones);
  return ones == 75 ? 0 : 1;
}
