// The values loop variables hold after a loop ends normally, by break, and after zero iterations.
int printf(const char *, ...);

int main(void) {
  int i, j, k;
  for (i = 0; i < 10; i++) {}
  for (j = 0; j < 10; j++)
    if (j * j > 30) break;
  for (k = 5; k < 5; k++) {}
  printf("normal %d, break %d, none %d\n", i, j, k);
  unsigned u = 1;
  while (u < 1000) u <<= 1;
  printf("first power of two >= 1000: %u\n", u);
  int n = 100, steps = 0;
  do { n = n % 2 ? 3 * n + 1 : n / 2; steps++; } while (n != 1 && steps < 1000);
  printf("n %d after %d steps\n", n, steps);
  char *p;
  char s[] = "find the space";
  for (p = s; *p && *p != ' '; p++) {}
  printf("space at %d, rest \"%s\"\n", (int)(p - s), p);
  return i + j + k;
}
