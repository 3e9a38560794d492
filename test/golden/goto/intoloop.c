// goto into the middle of a loop body: the loop continues normally from there.
int printf(const char *, ...);

int main(void) {
  int i = 5, trace = 0;
  goto middle;
  for (i = 0; i < 8; i++) {
    trace = trace * 2 + 1;
  middle:
    trace += i;
    printf("i %d trace %d\n", i, trace);
  }
  int n = 3;
  goto check;
  do {
    printf("do body %d\n", n);
  check:
    n--;
  } while (n > 0);
  printf("n %d\n", n);
  return trace % 256;
}
