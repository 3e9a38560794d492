// goto for error handling: acquire resources in order, release them in reverse on failure.
int printf(const char *, ...);

static int held[4];

static int acquire(int i, int fail_at) {
  if (i == fail_at) return 0;
  held[i] = 1;
  printf("acquire %d\n", i);
  return 1;
}
static void release(int i) { held[i] = 0; printf("release %d\n", i); }

static int setup(int fail_at) {
  if (!acquire(0, fail_at)) goto fail0;
  if (!acquire(1, fail_at)) goto fail1;
  if (!acquire(2, fail_at)) goto fail2;
  printf("all acquired\n");
  release(2);
  release(1);
  release(0);
  return 0;
fail2:
  release(1);
fail1:
  release(0);
fail0:
  printf("failed at %d\n", fail_at);
  return -1;
}

int main(void) {
  int failures = 0;
  for (int f = 0; f <= 3; f++) failures += setup(f) != 0;
  int leaks = held[0] + held[1] + held[2];
  printf("failures %d leaks %d\n", failures, leaks);
  return failures;
}
