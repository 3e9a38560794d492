// Loops with several variables: two-pointer scans, a Fibonacci pair, and a binary search.
int printf(const char *, ...);

int main(void) {
  int a[] = { 1, 3, 4, 6, 8, 9, 11, 14, 15, 20 };
  int found = 0;
  for (int i = 0, j = 9; i < j;) {
    int s = a[i] + a[j];
    if (s == 23) { printf("pair %d + %d\n", a[i], a[j]); found++; i++; j--; }
    else if (s < 23) i++;
    else j--;
  }
  printf("pairs summing to 23: %d\n", found);
  int f0 = 0, f1 = 1;
  for (int k = 0; k < 20; k++) { int t = f0 + f1; f0 = f1; f1 = t; }
  printf("F(20) = %d\n", f0);
  int lo = 0, hi = 9, key = 14, probes = 0;
  while (lo <= hi) {
    int mid = (lo + hi) / 2;
    probes++;
    if (a[mid] == key) { printf("14 at %d after %d probes\n", mid, probes); break; }
    if (a[mid] < key) lo = mid + 1; else hi = mid - 1;
  }
  return found;
}
