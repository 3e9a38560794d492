// oracle: gcc -m32 -fsyntax-only -Wall prints these same messages.
/* Errors and warnings in macro expansions point where the token is spelled, then at each macro use
   that produced it, innermost first (gcc's "in expansion of macro" notes); a token that came from
   an argument is shown at the argument, with the parameter it replaced ("in definition of"). */
#define BAD undefined_thing
int f(void) {
  return BAD;
}
#define INNER nope
#define OUTER (1 + INNER)
int g(void) { return OUTER; }
#define ID(x) x
int h(void) { return ID(missing); }
#define ADD(a, b) ((a) + (b))
int k(void) { return ADD(1, zz); }
#define CALL(x) ID(x)
int l(void) { return CALL(yy); }
int m(void) { return ID(BAD); }
#define TWICE(x) ID(x) + ID(BAD)
int n(void) { return TWICE(qq); }
#define CAT(a, b) a##b
int o(void) { return CAT(fo, o); }
#define DECL int unused_var = 3
int p(void) {
  DECL;
  return 0;
}
#define PTR(p) int *q = p
int r(void) {
  char c;
  PTR(&c);
  return *q;
}
#define ASSIGN(a, b) if (a = b) return 1
int s(int x, int y) {
  ASSIGN(x, y);
  return 0;
}
#define DEREF(p) *p
int t(void) {
  int x = 0;
  return DEREF(x);
}
// expect: 5:13: error: 'undefined_thing' undeclared (first use in this function)
// expect: 7:10: note: in expansion of macro 'BAD'
// expect: 5:13: note: each undeclared identifier is reported only once for each function it appears in
// expect: 7:10: note: in expansion of macro 'BAD'
// expect: 9:15: error: 'nope' undeclared (first use in this function)
// expect: 10:20: note: in expansion of macro 'INNER'
// expect: 11:22: note: in expansion of macro 'OUTER'
// expect: 13:25: error: 'missing' undeclared (first use in this function)
// expect: 12:15: note: in definition of macro 'ID'
// expect: 15:29: error: 'zz' undeclared (first use in this function)
// expect: 14:27: note: in definition of macro 'ADD'
// expect: 17:27: error: 'yy' undeclared (first use in this function)
// expect: 12:15: note: in definition of macro 'ID'
// expect: 17:22: note: in expansion of macro 'CALL'
// expect: 5:13: error: 'undefined_thing' undeclared (first use in this function)
// expect: 12:15: note: in definition of macro 'ID'
// expect: 18:25: note: in expansion of macro 'BAD'
// expect: 20:28: error: 'qq' undeclared (first use in this function)
// expect: 12:15: note: in definition of macro 'ID'
// expect: 20:22: note: in expansion of macro 'TWICE'
// expect: 5:13: error: 'undefined_thing' undeclared (first use in this function)
// expect: 12:15: note: in definition of macro 'ID'
// expect: 19:29: note: in expansion of macro 'BAD'
// expect: 20:22: note: in expansion of macro 'TWICE'
// expect: 22:26: error: 'foo' undeclared (first use in this function)
// expect: 21:19: note: in definition of macro 'CAT'
// expect: 23:18: warning: unused variable 'unused_var' [-Wunused-variable]
// expect: 25:3: note: in expansion of macro 'DECL'
// expect: 31:7: warning: initialization of 'int *' from incompatible pointer type 'char *' [-Wincompatible-pointer-types]
// expect: 28:25: note: in definition of macro 'PTR'
// expect: 36:10: warning: suggest parentheses around assignment used as truth value [-Wparentheses]
// expect: 34:26: note: in definition of macro 'ASSIGN'
// expect: 39:18: error: invalid type argument of unary '*' (have 'int')
// expect: 42:10: note: in expansion of macro 'DEREF'
