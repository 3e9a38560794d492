/* Lvalues, modifiable lvalues, addresses and operands of the wrong type. */
struct fwd;
struct fwd *fp;
struct bits { unsigned a : 3; };
int size1 = sizeof(struct fwd);
int size2 = sizeof(void);
int asmtest(int x) {
  int out;
  __asm__("mov %0, %1" : "=r"(out) : "r"(x));
  __asm__("mov %0, %1" : "r"(out) : "r"(x));
  __asm__("mov %0, %1" : "=r"(x + 1));
  return out;
}
int misc(struct bits *b, int n, const int *cp) {
  register int r = 1;
  int a[2], c[2];
  int *p = &r;
  unsigned *q = &b->a;
  a = c;
  n();
  fp->x = 1;
  *cp = 2;
  3 = n;
  n.x = 1;
  *n = 2;
  b->nope = 1;
  (void)p;
  (void)q;
  return (struct bits)n;
}
int arith(int *p, int *q, char *c) {
  if (p == c) return 1;
  if (p == 5) return 2;
  if (p = q) return 3;
  return p + q;
}
// expect: 5:13: error: invalid application of 'sizeof' to incomplete type 'struct fwd'
// expect: 6:13: error: invalid application of 'sizeof' to a void type
// expect: 10:3: error: output operand constraint lacks '='
// expect: 11:3: error: lvalue required in 'asm' statement
// expect: 17:12: error: address of register variable 'r' requested
// expect: 18:17: error: cannot take address of bit-field 'a'
// expect: 19:5: error: assignment to expression with array type
// expect: 20:3: error: called object 'n' is not a function or function pointer
// expect: 14:30: note: declared here
// expect: 21:5: error: invalid use of undefined type 'struct fwd'
// expect: 22:7: error: assignment of read-only location '*cp'
// expect: 23:5: error: lvalue required as left operand of assignment
// expect: 24:4: error: request for member 'x' in something not a structure or union
// expect: 25:3: error: invalid type argument of unary '*' (have 'int')
// expect: 26:4: error: 'struct bits' has no member named 'nope'
// expect: 29:10: error: conversion to non-scalar type requested
// expect: 32:9: warning: comparison of distinct pointer types lacks a cast [-Wcompare-distinct-pointer-types]
// expect: 33:9: warning: comparison between pointer and integer
// expect: 34:7: warning: suggest parentheses around assignment used as truth value [-Wparentheses]
// expect: 35:12: error: invalid operands to binary + (have 'int *' and 'int *')
