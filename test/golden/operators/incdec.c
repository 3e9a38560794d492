// Pre- and post-increment and -decrement: the value the expression yields and the stored value.
int printf(const char *, ...);

int main(void) {
  int i = 5, j = 5;
  int a = i++, b = ++j;
  printf("i++ gave %d, i is %d; ++j gave %d, j is %d\n", a, i, b, j);
  int c = i--, d = --j;
  printf("i-- gave %d, i is %d; --j gave %d, j is %d\n", c, i, d, j);
  int x = 10, y = 20;
  int e = x++ + ++y; /* different objects: defined */
  printf("x++ + ++y = %d (x=%d y=%d)\n", e, x, y);
  unsigned u = 0;
  u--;
  printf("0u-- = %u\n", u);
  u++;
  printf("back to %u\n", u);
  int arr[4] = { 1, 2, 3, 4 }, *p = arr;
  int f = *p++;
  int g = *++p;
  int h = ++*p;
  int k = (*p)++;
  printf("*p++=%d *++p=%d ++*p=%d (*p)++=%d arr[2]=%d p-arr=%d\n", f, g, h, k, arr[2], (int)(p - arr));
  char ch = 'a';
  ch++;
  printf("ch=%c\n", ch);
  return i + j;
}
