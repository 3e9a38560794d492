/* Void values, const members, arrays as operands, sizeof of a function, qualifiers. */
void g(void);
struct c { const int k; int m; };
int f(struct c *a, struct c *b) {
  int x = g();
  x = g();
  *a = *b;
  a->k = 2;
  int arr[3];
  arr++;
  return x + sizeof(f) + sizeof(struct c);
}
int h(int (*fp)(int), void *vp, const char *s) {
  int y = fp(1) + (*fp)(2);
  char *t = s;
  vp++;
  return y + *t + (s == vp);
}
static void unused_static(void) {}
int k(void) { int q; return q; }
// expect: 5:11: error: void value not ignored as it ought to be
// expect: 6:5: error: void value not ignored as it ought to be
// expect: 7:6: error: assignment of read-only location '*a'
// expect: 8:8: error: assignment of read-only member 'k'
// expect: 10:6: error: lvalue required as increment operand
// expect: 11:14: error: invalid application of 'sizeof' to a function type
// expect: 15:13: warning: initialization discards 'const' qualifier from pointer target type [-Wdiscarded-qualifiers]
