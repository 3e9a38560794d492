#define x 3
#define f(a) f(x * (a))
#undef x
#define x 2
#define g f
#define z z[0]
#define h g(~
#define m(a) a(w)
#define w 0,1
#define t(a) a
#define p() int
#define q(x) x
#define r(x,y) x ## y
#define str(x) # x
f(y+1) + f(f(z)) % t(t(g)(0) + t)(1);
g(x+(3,4)-w) | h 5) & m
(f)^m(m);
p() i[q()] = { q(1), r(2,3), r(4,), r(,5), r(,) };
char c[2][6] = { str(hello), str() };
#define hash_hash # ## #
#define mkstr(a) # a
#define in_between(a) mkstr(a)
#define join(c, d) in_between(c hash_hash d)
char p[] = join(x, y);
#define showlist(...) puts(#__VA_ARGS__)
#define report(test, ...) ((test)?puts(#test): printf(__VA_ARGS__))
showlist(The first, second, and third items.);
report(x>y, "x is %d but y is %d", x, y);
#define e(fmt, ...) printf(fmt, ## __VA_ARGS__)
e("a"); e("b", 1, 2);
#if (1 ? -1 : 0u) > 0 && defined(x) && !defined y && 0x7fffffffffffffff + 0 > 0 && -1 < 0 && (-1 >> 63) == -1 && 'a' == 97 && '\377' < 0
ok1
#elif 1
bad
#else
bad
#endif
#ifdef nothing
# if garbage (
# else
# endif
#elif __LINE__ == 42
ok2 __LINE__
#endif
#include "b.h"
#include "b.h"
