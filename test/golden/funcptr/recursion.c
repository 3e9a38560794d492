// Recursion through function pointers: a fixed-point style helper and mutual recursion via a table.
int printf(const char *, ...);

struct self { int (*f)(int n, const struct self *self); };

static int fact(int n, const struct self *self) { return n <= 1 ? 1 : n * self->f(n - 1, self); }

static int is_even(int n);
static int is_odd(int n);
static int (*const parity[2])(int) = {is_even, is_odd};
static int is_even(int n) { return n == 0 ? 1 : parity[1](n - 1); }
static int is_odd(int n) { return n == 0 ? 0 : parity[0](n - 1); }

int main(void) {
  struct self me = {fact};
  for (int i = 0; i <= 10; i += 2) printf("%d! = %d\n", i, fact(i, &me));
  printf("even(17) %d odd(17) %d even(30) %d\n", is_even(17), is_odd(17), parity[0](30));
  return me.f(5, &me) / 10;
}
