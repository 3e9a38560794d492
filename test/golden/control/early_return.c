// Returning from the middle of loops and nested conditions: the search stops at the first match.
int printf(const char *, ...);

static int find(const int *a, int n, int key, int *probes) {
  *probes = 0;
  for (int i = 0; i < n; i++) {
    ++*probes;
    if (a[i] == key) return i;
    if (a[i] > key) return -1; /* sorted: it cannot come later */
  }
  return -1;
}

static int first_pair(const int *a, int n, int sum) {
  for (int i = 0; i < n; i++)
    for (int j = i + 1; j < n; j++)
      if (a[i] + a[j] == sum) return i * 100 + j;
  return -1;
}

int main(void) {
  int a[] = { 2, 3, 5, 7, 11, 13, 17, 19 };
  int keys[] = { 2, 11, 12, 19, 20, 1 };
  for (int k = 0; k < 6; k++) {
    int probes, at = find(a, 8, keys[k], &probes);
    printf("find %2d: %2d after %d probes\n", keys[k], at, probes);
  }
  printf("first pair summing to 24: %d\n", first_pair(a, 8, 24));
  printf("first pair summing to 4: %d\n", first_pair(a, 8, 4));
  return first_pair(a, 8, 30) % 256;
}
