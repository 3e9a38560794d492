// Functions that ignore some of their parameters, and functions taking no parameters (void).
int printf(const char *, ...);

static int first(int a, int b, int c) { (void)b; (void)c; return a; }
static int last(int a, int b, int c) { (void)a; (void)b; return c; }
static int zero(void) { return 0; }
static int middle(int a, int b, int c) { (void)a; (void)c; return b; }

int main(void) {
  printf("%d %d %d %d\n", first(1, 2, 3), middle(1, 2, 3), last(1, 2, 3), zero());
  int s = 0;
  for (int i = 0; i < 5; i++) s += first(i, -1, -1) + last(-1, -1, i) * 10 + middle(0, i, 0) * 100;
  printf("s = %d\n", s);
  return s % 256;
}
