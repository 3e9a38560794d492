// void * as a generic pointer: a swap and a linear search written once for any element size.
int printf(const char *, ...);

static void swap(void *a, void *b, unsigned size) {
  unsigned char *x = a, *y = b;
  while (size--) { unsigned char t = *x; *x++ = *y; *y++ = t; }
}

static int find(const void *base, unsigned n, unsigned size, const void *key) {
  const unsigned char *p = base, *k = key;
  for (unsigned i = 0; i < n; i++, p += size) {
    unsigned j = 0;
    while (j < size && p[j] == k[j]) j++;
    if (j == size) return (int)i;
  }
  return -1;
}

int main(void) {
  int x = 1, y = 2;
  swap(&x, &y, sizeof x);
  short s[2] = { 300, -300 };
  swap(&s[0], &s[1], sizeof s[0]);
  printf("x %d y %d s %d %d\n", x, y, s[0], s[1]);
  int nums[] = { 5, 10, 15, 20 };
  int key = 15, missing = 7;
  printf("find 15: %d, find 7: %d\n", find(nums, 4, sizeof nums[0], &key), find(nums, 4, sizeof nums[0], &missing));
  char word[] = "bird";
  char c = 'r';
  printf("find 'r': %d\n", find(word, 4, 1, &c));
  return x;
}
