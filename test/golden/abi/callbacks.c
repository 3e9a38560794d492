// ABI: callbacks in both directions — gcc's code calls logosc's functions through pointers and back.
int printf(const char *, ...);

/* gcc side */
int gcc_apply(int (*f)(int, int), int a, int b);
int gcc_fold(const int *v, int n, int (*op)(int, int), int init);
typedef int (*unary)(int);
unary gcc_pick(int which);
int gcc_twice_through(int (*outer)(unary, int), int x);

static int add(int a, int b) { return a + b; }
static int mulsat(int a, int b) { int p = a * b; return p > 1000 ? 1000 : p; }
static int call_it(unary f, int x) { return f(f(x)); }

int main(void) {
  printf("apply %d %d\n", gcc_apply(add, 2, 3), gcc_apply(mulsat, 40, 40));
  int v[] = {1, 2, 3, 4, 5, 6};
  printf("fold %d %d\n", gcc_fold(v, 6, add, 0), gcc_fold(v, 6, mulsat, 1));
  for (int w = 0; w < 3; w++) printf("pick %d: %d\n", w, gcc_pick(w)(10));
  printf("through %d\n", gcc_twice_through(call_it, 3));
  return gcc_pick(1)(4);
}
