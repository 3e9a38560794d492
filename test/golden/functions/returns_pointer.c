// Functions returning pointers: into an array, to a static, or null; the caller dereferences them.
int printf(const char *, ...);

static int table[10] = { 5, 8, 13, 21, 34, 55, 89, 144, 233, 377 };

static int *find(int key) {
  for (int i = 0; i < 10; i++)
    if (table[i] == key) return &table[i];
  return 0;
}

static int *counter(void) { static int c; c++; return &c; }

static const char *plural(int n) { return n == 1 ? "" : "s"; }

int main(void) {
  int *p = find(34);
  printf("34 at index %d, next %d\n", (int)(p - table), p[1]);
  *p = -34;
  printf("table[4] = %d\n", table[4]);
  printf("find(35) is %s\n", find(35) ? "found" : "null");
  int *c = counter();
  counter();
  counter();
  printf("counter %d\n", *c);
  for (int n = 0; n < 3; n++) printf("%d item%s\n", n, plural(n));
  return *counter();
}
