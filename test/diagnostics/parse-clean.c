// oracle: gcc -m32 -fsyntax-only -Wall prints nothing either.
/* A file without errors prints nothing. */
typedef int T;
int f(T x) { T * y = &x; return *y; }
