// break leaves the innermost loop; continue skips to its next iteration (in a for: to the step).
int printf(const char *, ...);

int main(void) {
  int sum = 0;
  for (int i = 0; i < 100; i++) {
    if (i % 3 == 0) continue;
    if (i > 20) break;
    sum += i;
  }
  printf("sum = %d\n", sum);
  int pairs = 0;
  for (int i = 0; i < 10; i++) {
    for (int j = 0; j < 10; j++) {
      if (j > i) break; /* only the inner loop */
      if ((i + j) % 2) continue;
      pairs++;
    }
  }
  printf("pairs = %d\n", pairs);
  int k = 0, visited = 0;
  while (1) {
    k++;
    if (k & 1) continue;
    visited++;
    if (k >= 20) break;
  }
  printf("k = %d visited = %d\n", k, visited);
  return sum;
}
