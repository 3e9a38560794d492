// An else-if ladder tests its conditions in order and takes the first that holds.
int printf(const char *, ...);

static int tested;

static int bucket(int x) {
  tested = 0;
  if (tested++, x < 0) return -1;
  else if (tested++, x == 0) return 0;
  else if (tested++, x < 10) return 1;
  else if (tested++, x < 100) return 2;
  else if (tested++, x < 1000) return 3;
  else return 4;
}

int main(void) {
  int xs[] = { -5, 0, 7, 10, 99, 100, 999, 1000, 2147483647 };
  int total = 0;
  for (int i = 0; i < 9; i++) {
    int b = bucket(xs[i]);
    printf("%10d -> bucket %2d after %d tests\n", xs[i], b, tested);
    total += b;
  }
  return total;
}
