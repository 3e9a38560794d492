// A sliding-window maximum with a deque of indexes kept in an array, checked by brute force.
int printf(const char *, ...);

int main(void) {
  int a[30], deque[30], out[30];
  for (int i = 0; i < 30; i++) a[i] = (i * 17 + 5) % 23 - 11;
  int head = 0, tail = 0, w = 5, n = 0;
  for (int i = 0; i < 30; i++) {
    while (tail > head && a[deque[tail - 1]] <= a[i]) tail--;
    deque[tail++] = i;
    if (deque[head] <= i - w) head++;
    if (i >= w - 1) out[n++] = a[deque[head]];
  }
  int bad = 0;
  for (int s = 0; s + w <= 30; s++) {
    int m = a[s];
    for (int k = s + 1; k < s + w; k++)
      if (a[k] > m) m = a[k];
    bad += m != out[s];
    printf("%d ", out[s]);
  }
  printf("\nmismatches %d\n", bad);
  return bad;
}
