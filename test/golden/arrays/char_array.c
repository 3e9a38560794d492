// char arrays initialized from strings: the size includes the NUL, or is exact without it.
int printf(const char *, ...);

int main(void) {
  char a[] = "hello";
  char b[10] = "hi";
  char c[5] = "exact"; /* no room for the NUL: none is stored */
  char d[] = { 'x', 'y', 0 };
  printf("sizeof a %u b %u c %u d %u\n", (unsigned)sizeof a, (unsigned)sizeof b, (unsigned)sizeof c, (unsigned)sizeof d);
  printf("b[2] %d b[9] %d c[4] %c\n", b[2], b[9], c[4]);
  a[0] = 'j';
  printf("%s %s %s\n", a, b, d);
  for (int i = 0; i < 5; i++) printf("%c", c[i]);
  printf("\n");
  return (int)sizeof a;
}
