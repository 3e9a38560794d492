// Driver for calls.ir: gcc-compiled functions the IR calls, and (under -DREFERENCE) the same IR
// functions written in C.
#include <stdarg.h>
#include <stdio.h>

struct pair { int x, y, z; };

int c_mix(int a, int b, int c, int d, int e, int f) { return a * 1 + b * 3 + c * 5 + d * 7 + e * 11 + f * 13; }
int c_pair_check(struct pair p, int r) { return r * 2 + p.x - p.z; }
struct pair c_make_pair(int x) { struct pair p = {x * 2, x * 3, x * 4}; return p; }
int c_id(int x) { return x; }
const char *c_format(const char *fmt, int a, int b) {
  static char buf[64];
  snprintf(buf, sizeof buf, fmt, a, b);
  return buf;
}
static int add(int a, int b) { return a + b; }
static int sub(int a, int b) { return a - b; }

#ifdef REFERENCE
int weigh(int a, int b, int c, int d, int e, int f) { return c_mix(f, e, d, c, b, a) - c_mix(a, b, c, d, e, f); }
int pair_sum(struct pair p) { return c_pair_check(p, p.x * 100 + p.y * 10 + p.z); }
struct pair make_pair(int x) { struct pair p = {x, x + 1, x * x}; return p; }
int pairs(int x) { struct pair a = c_make_pair(x), b = make_pair(x); return a.x + a.z + b.x + b.z; }
int apply(int (*f)(int, int), int a, int b) { return f(f(a, b), b); }
int sum_va(int n, ...) {
  va_list ap; int s = 0;
  va_start(ap, n);
  while (n > 0) s += va_arg(ap, int), n--;
  va_end(ap);
  return s;
}
const char *call_va(void) { return c_format("%d-%d", sum_va(4, 10, 20, 30, 40), 7); }
int pressure(int k) {
  int a = c_id(k), b = a + 1, c = c_id(b), d = c * 3, e = c_id(d), f = e ^ a, g = c_id(f), h = g - b;
  int i = c_id(h), j = i + c, l = c_id(j);
  return a + b + c + d + e + f + g + h + i + j + l;
}
int many_live(int k) {
  int s = k > 1 ? k : 1;
  for (int i = 1; i <= 36; i++) s += k * i;
  return s;
}
#else
int many_live(int k);
int weigh(int a, int b, int c, int d, int e, int f);
int pair_sum(struct pair p);
struct pair make_pair(int x);
int pairs(int x);
int apply(int (*f)(int, int), int a, int b);
int sum_va(int n, ...);
const char *call_va(void);
int pressure(int k);
#endif

int main(void) {
  printf("weigh %d %d\n", weigh(1, 2, 3, 4, 5, 6), weigh(-9, 8, -7, 6, -5, 4));
  struct pair p = {3, 4, 5};
  printf("pair_sum %d\n", pair_sum(p));
  struct pair q = make_pair(9);
  printf("make_pair %d %d %d\n", q.x, q.y, q.z);
  printf("pairs %d %d\n", pairs(2), pairs(-5));
  printf("apply %d %d\n", apply(add, 3, 4), apply(sub, 3, 4));
  printf("sum_va %d %d %s\n", sum_va(0), sum_va(3, 1, 2, 3), call_va());
  for (int k = -2; k < 3; k++) printf("pressure %d\n", pressure(k * 1000));
  printf("many_live %d %d\n", many_live(5), many_live(-3));
  return 0;
}
