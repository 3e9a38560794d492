// Array parameters with C99 qualifiers ([static 10], [const]), restrict pointers, a parameter
// named like its function, and a static local pointer initialized with another static's address.
int printf(const char *, ...);

static int sum10(const int a[static 10]) {
  int s = 0;
  for (int i = 0; i < 10; i++) s += a[i];
  return s;
}

static int first(int a[const], int n) { return n > 0 ? a[0] : -1; }
static int f(int f) { return f * 2; }
static int g(int *restrict p, int *restrict q) { *p = 1; *q = 2; return *p + *q; }
static int counter(void) { static int a; static int *p = &a; return ++*p; }

int main(void) {
  int arr[10] = { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10 };
  int x, y;
  printf("sum10 %d, first %d, f %d, g %d\n", sum10(arr), first(arr, 3), f(21), g(&x, &y));
  counter();
  counter();
  printf("counter %d\n", counter());
  int total = 0;
  for (int i = 0, *p = &arr[9]; i < 5; i++, p--) total += *p * i;
  printf("total %d\n", total);
  void *const volatile vp = arr;
  printf("through a const volatile void pointer: %d\n", *(int *)vp);
  return total;
}
