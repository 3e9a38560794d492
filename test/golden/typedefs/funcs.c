// typedefs of function types and function pointer types: declaring with them, calling through them.
int printf(const char *, ...);

typedef int binop(int, int);
typedef int (*binop_ptr)(int, int);
typedef binop *also_ptr;

binop add, sub;                 /* declares two functions */
int add(int a, int b) { return a + b; }
int sub(int a, int b) { return a - b; }

static int fold(binop_ptr f, const int *v, int n) {
  int r = v[0];
  for (int i = 1; i < n; i++) r = f(r, v[i]);
  return r;
}

int main(void) {
  int v[] = {10, 3, 2, 1};
  also_ptr ops[] = {add, sub};
  for (int i = 0; i < 2; i++) printf("%d\n", fold(ops[i], v, 4));
  binop *p = &sub;
  printf("%d %d\n", p(5, 8), (*p)(8, 5));
  printf("same %d\n", ops[1] == p);
  return fold(add, v, 4);
}
