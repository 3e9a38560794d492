// A retry loop with goto: the label before a declaration-free statement, and a counter.
int printf(const char *, ...);

static int attempts;
static int flaky(int succeed_after) { return ++attempts >= succeed_after; }

static int with_retry(int succeed_after, int max) {
  int tries = 0;
  attempts = 0;
again:
  tries++;
  if (!flaky(succeed_after)) {
    if (tries < max) goto again;
    return -tries;
  }
  return tries;
}

int main(void) {
  for (int k = 1; k <= 5; k++) printf("succeed after %d: %d\n", k, with_retry(k, 3));
  return with_retry(2, 3);
}
