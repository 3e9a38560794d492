/* gcc builtins and directives: #ident, #sccs, __BASE_FILE__, __INCLUDE_LEVEL__, argument corners. */
#ident "version 1"
#sccs "s"
__BASE_FILE__ __INCLUDE_LEVEL__
#define EMPTY_ARGS() x
EMPTY_ARGS( ) EMPTY_ARGS(
)
#define TWO(a, b) [a|b]
TWO((1, 2), [3 4]) TWO({5 6}, 7)
#define VA(x, ...) <x|__VA_ARGS__>
VA(1) VA(1,) VA(1, 2, 3) VA()
#define NEST(x) x
NEST(NEST(NEST(deep)))
#define S(x) #x
S(  leading and   trailing  ) S(a
b) S('"') S("\n") S(L"w" u8"u")
#define PASTE(a, b) a##b
PASTE(L, 'x') PASTE(u8, "s") PASTE(., 5) PASTE(1, e) PASTE(1e, +) PASTE(->, )
#undef NOT_DEFINED_EVER
#if defined NOT_DEFINED_EVER || 0
no
#else
yes
#endif
#include "level.h"
