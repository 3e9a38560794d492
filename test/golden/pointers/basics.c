// Pointers: address-of and dereference, pointers to pointers, swapping through pointers.
int printf(const char *, ...);

static void swap(int *a, int *b) { int t = *a; *a = *b; *b = t; }

int main(void) {
  int x = 1, y = 2;
  swap(&x, &y);
  printf("%d %d\n", x, y);
  int *p = &x, **pp = &p;
  **pp = 10;
  *pp = &y;
  *p = 20;
  printf("%d %d %d\n", x, y, **pp);
  int arr[5] = {5, 4, 3, 2, 1};
  int *end = arr + 5, n = 0;
  for (int *q = arr; q < end; q++) n += *q * (int)(q - arr);
  printf("%d %d\n", n, (int)(end - arr));
  char *cp = (char *)arr;
  printf("%d\n", cp[4]);
  return 0;
}
