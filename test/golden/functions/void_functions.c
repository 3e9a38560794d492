// void functions: return without a value, return early, and called for their side effects only.
int printf(const char *, ...);

static int log_count;
static int total;

static void record(int x) {
  if (x < 0) return; /* negative values are ignored */
  total += x;
  log_count++;
}

static void nothing(void) {}

static void fill(int *a, int n, int v) {
  for (int i = 0; i < n; i++) {
    if (i == 5) return;
    a[i] = v;
  }
}

int main(void) {
  int xs[] = { 3, -1, 4, -1, 5, -9, 2, 6 };
  for (int i = 0; i < 8; i++) record(xs[i]);
  nothing();
  printf("recorded %d values, total %d\n", log_count, total);
  int a[8] = { 0 };
  fill(a, 8, 7);
  for (int i = 0; i < 8; i++) printf("%d", a[i]);
  printf("\n");
  (void)xs;
  return total;
}
