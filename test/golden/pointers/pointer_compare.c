// Comparing pointers into one array with < <= > >= and ==, and against null.
int printf(const char *, ...);

int main(void) {
  int a[10];
  int *lo = &a[2], *hi = &a[7], *end = a + 10;
  printf("lo < hi %d, lo > hi %d, lo <= lo %d, hi >= end %d, end == a + 10 %d\n", lo < hi, lo > hi,
         lo <= lo, hi >= end, end == a + 10);
  int count = 0;
  for (int *p = a; p < end; p++) count++;
  printf("count %d\n", count);
  int *null = 0;
  printf("null == 0 %d, lo != 0 %d\n", null == 0, lo != 0);
  char buf[8];
  char *mid = buf + 4;
  int before = 0;
  for (char *c = buf; c != mid; c++) before++;
  printf("before mid %d\n", before);
  return count;
}
