// The gcc side of abi/callbacks.
typedef int (*unary)(int);

int gcc_apply(int (*f)(int, int), int a, int b) { return f(a, b) + f(b, a); }

int gcc_fold(const int *v, int n, int (*op)(int, int), int init) {
  for (int i = 0; i < n; i++) init = op(init, v[i]);
  return init;
}

static int neg(int x) { return -x; }
static int sq(int x) { return x * x; }
static int inc(int x) { return x + 1; }

unary gcc_pick(int which) { return which == 0 ? neg : which == 1 ? sq : inc; }

int gcc_twice_through(int (*outer)(unary, int), int x) { return outer(sq, x) + outer(inc, x); }
