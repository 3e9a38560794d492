// Arrays sized by their initializers: the largest designator sets the length.
int printf(const char *, ...);

int a[] = {1, 2, 3};
int b[] = {[7] = 1};
int c[] = {[2] = 5, 6, 7, [1] = 0};
char s[] = "hello";
const char *t[] = {"x", "yy", "zzz", 0};
struct { int k; } d[] = {{1}, {2}, [5] = {6}};

int main(void) {
  printf("%d %d %d %d %d %d\n", (int)(sizeof a / sizeof *a), (int)(sizeof b / sizeof *b),
         (int)(sizeof c / sizeof *c), (int)sizeof s, (int)(sizeof t / sizeof *t), (int)(sizeof d / sizeof *d));
  int l[] = {[3] = 3, 4};
  char ls[] = {'a', 'b', 0};
  printf("%d %d %s\n", (int)(sizeof l / sizeof *l), l[4], ls);
  printf("%d %d\n", c[3], c[4]);
  return sizeof d / sizeof *d;
}
