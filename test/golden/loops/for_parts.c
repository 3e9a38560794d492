// A for statement with each of its three parts empty, and an empty body.
int printf(const char *, ...);

int main(void) {
  int i = 0;
  for (; i < 5;) i += 2;
  printf("i = %d\n", i);
  int n = 0;
  for (;;) {
    if (++n == 7) break;
  }
  printf("n = %d\n", n);
  int j;
  for (j = 100; j > 1; j /= 3);
  printf("j = %d\n", j);
  int k = 0;
  for (int m = 0; m < 4; m++) k += m;
  printf("k = %d\n", k);
  int x = 1;
  for (; x < 1000; ) x *= 3;
  printf("x = %d\n", x);
  return i + n + j + k;
}
