/* __has_include with "…", <…>, a macro operand; `defined` that a macro produces (gcc evaluates it). */
#if __has_include("b.h")
has_b
#endif
#if __has_include("no-such-header.h") || __has_include(<no/such/header.h>)
bad
#else
no_such
#endif
#define HDR "b.h"
#if __has_include(HDR) && defined(__has_include)
has_b_by_macro
#endif
#ifdef __has_include
has_include_is_defined
#endif
#define FOO 1
#define HAVE_FOO defined(FOO)
#define HAVE_BAR defined BAR
#if HAVE_FOO && !HAVE_BAR
foo_not_bar
#endif
#define BAR
#if HAVE_BAR
now_bar
#endif
#if defined FOO && defined(FOO) && !defined(FOO_)
plain_defined
#endif
