// Binary search over a sorted array: every present key found, every absent key reported absent.
int printf(const char *, ...);

static int search(const int *a, int n, int key) {
  int lo = 0, hi = n - 1;
  while (lo <= hi) {
    int mid = lo + (hi - lo) / 2;
    if (a[mid] == key) return mid;
    if (a[mid] < key) lo = mid + 1;
    else hi = mid - 1;
  }
  return -(lo + 1); /* where it would go */
}

int main(void) {
  int a[100];
  for (int i = 0; i < 100; i++) a[i] = i * 3 - 50;
  int found = 0, absent = 0;
  for (int k = -60; k < 260; k++) {
    int r = search(a, 100, k);
    if (r >= 0 && a[r] == k) found++;
    else if (r < 0) absent++;
  }
  printf("found %d absent %d\n", found, absent);
  printf("search(-50) = %d, search(247) = %d, search(0) = %d, search(1000) = %d\n", search(a, 100, -50),
         search(a, 100, 247), search(a, 100, 0), search(a, 100, 1000));
  return found;
}
