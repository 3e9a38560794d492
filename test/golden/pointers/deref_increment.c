// *p++, (*p)++, *++p and ++*p: which one moves the pointer and which changes the object.
int printf(const char *, ...);

int main(void) {
  int a[5] = { 10, 20, 30, 40, 50 };
  int *p = a;
  int v1 = *p++;   /* 10, p -> a[1] */
  int v2 = (*p)++; /* 20, a[1] = 21 */
  int v3 = *++p;   /* 30, p -> a[2] */
  int v4 = ++*p;   /* 31, a[2] = 31 */
  int v5 = *p--;   /* 31, p -> a[1] */
  int v6 = --*p;   /* 20, a[1] = 20 */
  printf("%d %d %d %d %d %d\n", v1, v2, v3, v4, v5, v6);
  printf("a = %d %d %d %d %d, p at %d\n", a[0], a[1], a[2], a[3], a[4], (int)(p - a));
  char s[] = "abc";
  char *q = s;
  while (*q) (*q++) -= 32;
  printf("%s\n", s);
  return (int)(p - a);
}
