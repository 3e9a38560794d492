// Bubble sort with an early exit when a pass makes no swap, counting passes and swaps.
int printf(const char *, ...);

static void sort(int *a, int n, int *passes, int *swaps) {
  *passes = *swaps = 0;
  for (int end = n - 1; end > 0; end--) {
    int swapped = 0;
    ++*passes;
    for (int i = 0; i < end; i++)
      if (a[i] > a[i + 1]) { int t = a[i]; a[i] = a[i + 1]; a[i + 1] = t; swapped = 1; ++*swaps; }
    if (!swapped) break;
  }
}

int main(void) {
  int a[] = { 5, -1, 3, 3, 0, 2147483647, -2147483647 - 1, 8, 7, 1 };
  int sorted[] = { 1, 2, 3, 4, 5 };
  int p, s;
  sort(a, 10, &p, &s);
  for (int i = 0; i < 10; i++) printf("%d ", a[i]);
  printf("\npasses %d swaps %d\n", p, s);
  sort(sorted, 5, &p, &s);
  printf("already sorted: passes %d swaps %d\n", p, s);
  return s;
}
