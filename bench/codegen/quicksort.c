// Quicksort of 200,000 pseudo-random ints, checked.
int printf(const char *, ...);

#define COUNT 200000
static int data[COUNT];

static void quicksort(int *v, int lo, int hi) {
  while (lo < hi) {
    int pivot = v[lo + (hi - lo) / 2], i = lo, j = hi;
    while (i <= j) {
      while (v[i] < pivot) i++;
      while (v[j] > pivot) j--;
      if (i <= j) {
        int t = v[i];
        v[i] = v[j];
        v[j] = t;
        i++;
        j--;
      }
    }
    if (j - lo < hi - i) {
      quicksort(v, lo, j);
      lo = i;
    } else {
      quicksort(v, i, hi);
      hi = j;
    }
  }
}

int main(void) {
  unsigned seed = 2463534242u;
  for (int i = 0; i < COUNT; i++) {
    seed ^= seed << 13;
    seed ^= seed >> 17;
    seed ^= seed << 5;
    data[i] = (int)(seed % 1000000);
  }
  quicksort(data, 0, COUNT - 1);
  int ok = 1;
  for (int i = 1; i < COUNT; i++)
    if (data[i - 1] > data[i]) ok = 0;
  printf("%d %d %d\n", ok, data[0], data[COUNT - 1]);
  return 0;
}
