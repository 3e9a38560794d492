// Pointers to pointers: a callee changes which object the caller's pointer points to.
int printf(const char *, ...);

static int first = 1, second = 2;

static void retarget(int **pp) { *pp = &second; }
static void advance(const char **sp, int n) { *sp += n; }

int main(void) {
  int *p = &first;
  int **pp = &p;
  printf("*p = %d, **pp = %d\n", *p, **pp);
  retarget(pp);
  printf("after retarget: *p = %d\n", *p);
  **pp = 20;
  printf("second = %d\n", second);
  const char *s = "pointer";
  advance(&s, 3);
  printf("s = %s\n", s);
  int ***ppp = &pp;
  ***ppp += 5;
  printf("second = %d\n", second);
  return second;
}
