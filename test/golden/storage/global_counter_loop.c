// A global used as a loop bound and modified in the loop body through a call: reloaded each test.
int printf(const char *, ...);

int limit = 10;
int steps;

static void shrink(void) { limit--; }

int main(void) {
  for (int i = 0; i < limit; i++) {
    steps++;
    if (i % 2 == 0) shrink();
  }
  printf("steps %d limit %d\n", steps, limit);
  int *pl = &limit;
  int n = 0;
  while (n < *pl) { n++; if (n == 3) *pl = 4; }
  printf("n %d limit %d\n", n, limit);
  return steps;
}
