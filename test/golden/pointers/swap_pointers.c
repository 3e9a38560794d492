// Swapping through pointers: values of several types, and the pointers themselves.
int printf(const char *, ...);

static void swap_int(int *a, int *b) { int t = *a; *a = *b; *b = t; }
static void swap_char(char *a, char *b) { char t = *a; *a = *b; *b = t; }
static void swap_ptr(const char **a, const char **b) { const char *t = *a; *a = *b; *b = t; }

int main(void) {
  int x = 3, y = -4;
  swap_int(&x, &y);
  char c = 'a', d = 'z';
  swap_char(&c, &d);
  const char *s = "first", *t = "second";
  swap_ptr(&s, &t);
  printf("%d %d %c %c %s %s\n", x, y, c, d, s, t);
  int a[5] = { 5, 4, 3, 2, 1 };
  for (int i = 0; i < 5; i++)
    for (int j = 0; j + 1 < 5 - i; j++)
      if (a[j] > a[j + 1]) swap_int(&a[j], a + j + 1);
  printf("%d %d %d %d %d\n", a[0], a[1], a[2], a[3], a[4]);
  swap_int(&a[2], &a[2]); /* the same object: unchanged */
  printf("a[2] = %d\n", a[2]);
  return x;
}
