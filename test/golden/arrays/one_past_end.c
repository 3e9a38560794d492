// A pointer one past the last element is valid to form and compare (not to dereference): loops
// bounded by it, and sizes computed from it.
int printf(const char *, ...);

#define END(a) ((a) + sizeof(a) / sizeof((a)[0]))

int main(void) {
  int a[] = { 3, 1, 4, 1, 5, 9, 2, 6 };
  int sum = 0, n = 0;
  for (const int *p = a; p != END(a); p++) { sum += *p; n++; }
  printf("n %d sum %d\n", n, sum);
  const int *max = a;
  for (const int *p = a + 1; p < END(a); p++)
    if (*p > *max) max = p;
  printf("max %d at %d\n", *max, (int)(max - a));
  char s[] = "backwards";
  for (char *p = END(s) - 1; p != s;) printf("%c", *--p); /* never forms s - 1 */
  printf("\n");
  return (int)(END(a) - a);
}
