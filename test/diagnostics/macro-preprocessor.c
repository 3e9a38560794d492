// oracle: gcc -m32 -fsyntax-only -Wall prints these same messages.
/* The preprocessor's own errors in macro uses: an argument list of the wrong length is reported
   where reading the file has got to (the use's closing parenthesis), with the macro's definition;
   the name then stays an identifier. A bad `##` points into the expansion like other errors. */
#define F(a, b) a + b
#define G(x) F(x)
int k(void) { return G(1); }
#define H(x) F(x, 2, 3)
int kk(void) { return H(1); }
int kkk(void) { return F(1); }
#define P(a) a ## +
int l(void) { return P(x) 1; }
// expect: 7:25: error: macro "F" requires 2 arguments, but only 1 given
// expect: 5: note: macro "F" defined here
// expect: 6:14: error: 'F' undeclared (first use in this function)
// expect: 7:22: note: in expansion of macro 'G'
// expect: 6:14: note: each undeclared identifier is reported only once for each function it appears in
// expect: 7:22: note: in expansion of macro 'G'
// expect: 9:26: error: macro "F" passed 3 arguments, but takes just 2
// expect: 5: note: macro "F" defined here
// expect: 8:14: error: 'F' undeclared (first use in this function)
// expect: 9:23: note: in expansion of macro 'H'
// expect: 10:27: error: macro "F" requires 2 arguments, but only 1 given
// expect: 5: note: macro "F" defined here
// expect: 10:24: error: 'F' undeclared (first use in this function)
// expect: 12:24: error: pasting "x" and "+" does not give a valid preprocessing token
// expect: 11:14: note: in definition of macro 'P'
// expect: 12:24: error: 'x' undeclared (first use in this function)
// expect: 11:14: note: in definition of macro 'P'
