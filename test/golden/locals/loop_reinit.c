// A local declared in a loop body is a fresh object each iteration: its initializer runs again.
int printf(const char *, ...);

int main(void) {
  int total = 0;
  for (int i = 0; i < 5; i++) {
    int fresh = 100;
    int acc[3] = { i };
    fresh += i;
    acc[1] = fresh;
    total += fresh + acc[0] + acc[2];
    printf("i=%d fresh=%d acc={%d,%d,%d}\n", i, fresh, acc[0], acc[1], acc[2]);
  }
  int n = 0;
  while (n < 3) {
    int counter = 0;
    counter++;
    n += counter;
  }
  printf("total %d n %d\n", total, n);
  return total - 500;
}
