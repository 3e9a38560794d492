// Counting down with an unsigned index: i-- > 0 visits n-1 .. 0 and stops (i >= 0 would never stop).
int printf(const char *, ...);

int main(void) {
  int a[6] = { 1, 2, 3, 4, 5, 6 };
  unsigned n = 6, i = n;
  int sum = 0, visits = 0;
  while (i-- > 0) { sum = sum * 2 + a[i]; visits++; }
  printf("visits = %d, sum = %d, i after = %u\n", visits, sum, i);
  for (unsigned k = 3; k != (unsigned)-1; k--) printf("k = %u\n", k);
  unsigned char c = 5;
  int steps = 0;
  while (c--) steps++;
  printf("steps = %d, c = %d\n", steps, c);
  return visits;
}
