/* Conversions as if by assignment, and calls against their prototypes, in gcc's words. */
struct s { int a; };
int f(int x);
int *g(void) {
  int *p = 0;
  char *c = p;
  int i = p;
  struct s v = 1;
  const int *cp = p;
  p = cp;
  f(1, 2);
  f();
  f(p);
  (void)c;
  (void)v;
  return i;
}
// expect: 6:13: warning: initialization of 'char *' from incompatible pointer type 'int *' [-Wincompatible-pointer-types]
// expect: 7:11: warning: initialization of 'int' from 'int *' makes integer from pointer without a cast [-Wint-conversion]
// expect: 8:16: error: invalid initializer
// expect: 10:5: warning: assignment discards 'const' qualifier from pointer target type [-Wdiscarded-qualifiers]
// expect: 11:3: error: too many arguments to function 'f'
// expect: 3:5: note: declared here
// expect: 12:3: error: too few arguments to function 'f'
// expect: 3:5: note: declared here
// expect: 13:5: warning: passing argument 1 of 'f' makes integer from pointer without a cast [-Wint-conversion]
// expect: 3:11: note: expected 'int' but argument is of type 'int *'
// expect: 16:10: warning: returning 'int' from a function with return type 'int *' makes pointer from integer without a cast [-Wint-conversion]
// oracle: gcc -m32 -fsyntax-only -Wall prints these same messages.
