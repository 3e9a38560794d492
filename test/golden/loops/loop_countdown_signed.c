// Counting down through zero with signed counters, by steps that skip zero, and to a negative bound.
int printf(const char *, ...);

int main(void) {
  int visits = 0, sum = 0;
  for (int i = 10; i >= -10; i -= 3) { visits++; sum += i; }
  printf("visits %d sum %d\n", visits, sum);
  int j = 7, crossings = 0;
  while (j > -20) {
    int before = j;
    j -= 4;
    if (before > 0 && j <= 0) crossings++;
  }
  printf("j %d crossings %d\n", j, crossings);
  int k;
  for (k = 0; k > -2147483647; k = k * 2 - 1) {}
  printf("k %d\n", k);
  return visits;
}
