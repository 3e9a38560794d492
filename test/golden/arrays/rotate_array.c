// Rotating an array left by k with three reversals, checked against a rotation through a copy.
int printf(const char *, ...);

static void reverse(int *a, int i, int j) {
  for (j--; i < j; i++, j--) { int t = a[i]; a[i] = a[j]; a[j] = t; }
}

int main(void) {
  int bad = 0;
  for (int k = 0; k <= 9; k++) {
    int a[9], b[9];
    for (int i = 0; i < 9; i++) a[i] = i + 1;
    for (int i = 0; i < 9; i++) b[i] = a[(i + k) % 9];
    reverse(a, 0, k % 9);
    reverse(a, k % 9, 9);
    reverse(a, 0, 9);
    for (int i = 0; i < 9; i++) bad += a[i] != b[i];
    if (k == 3) {
      for (int i = 0; i < 9; i++) printf("%d", a[i]);
      printf("\n");
    }
  }
  printf("mismatches %d\n", bad);
  return bad;
}
