// Indexing with negative and computed offsets from a pointer into the middle of arrays of various
// element sizes ([base + index*scale - disp] addressing).
int printf(const char *, ...);

int main(void) {
  int ints[21];
  short shorts[21];
  char chars[21];
  for (int i = 0; i < 21; i++) { ints[i] = i * 100; shorts[i] = (short)(i * 10); chars[i] = (char)('a' + i); }
  int *pi = ints + 10;
  short *ps = shorts + 10;
  char *pc = chars + 10;
  int total = 0;
  for (int k = -10; k <= 10; k += 5) {
    printf("k=%3d: %5d %4d %c | %5d %4d\n", k, pi[k], ps[k], pc[k], pi[-k - 0], ps[k / 2 - 3]);
    total += pi[k] + ps[-k];
  }
  int j = 3;
  printf("pi[j - 7] %d, pi[2 * j - 10] %d, *(pi - j) %d\n", pi[j - 7], pi[2 * j - 10], *(pi - j));
  printf("total %d\n", total);
  return pc[-10];
}
