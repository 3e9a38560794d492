// Sorting arrays: insertion sort and quicksort on a pseudo-random sequence.
int printf(const char *, ...);

static unsigned seed = 12345;
static unsigned next(void) { seed = seed * 1103515245u + 12345u; return (seed >> 16) & 0x7fff; }

static void quicksort(int *a, int lo, int hi) {
  if (lo >= hi) return;
  int pivot = a[(lo + hi) / 2], i = lo, j = hi;
  while (i <= j) {
    while (a[i] < pivot) i++;
    while (a[j] > pivot) j--;
    if (i <= j) { int t = a[i]; a[i] = a[j]; a[j] = t; i++; j--; }
  }
  quicksort(a, lo, j);
  quicksort(a, i, hi);
}

int main(void) {
  int a[100];
  for (int i = 0; i < 100; i++) a[i] = (int)(next() % 1000) - 500;
  quicksort(a, 0, 99);
  int sorted = 1;
  for (int i = 1; i < 100; i++) if (a[i - 1] > a[i]) sorted = 0;
  printf("sorted %d: %d %d %d %d\n", sorted, a[0], a[1], a[50], a[99]);
  short s[7] = {9, -3, 7, 0, -8, 2, 2};
  for (int i = 1; i < 7; i++)
    for (int j = i; j > 0 && s[j - 1] > s[j]; j--) { short t = s[j]; s[j] = s[j - 1]; s[j - 1] = t; }
  for (int i = 0; i < 7; i++) printf("%d ", s[i]);
  printf("\n");
  return 0;
}
