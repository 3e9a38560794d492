/* Directives and conditionals, corner cases. */
#
# /* null directive with a comment */
#define HDR "b.h"
#include HDR
#define SYS <b.h>
#if 0
#include "does-not-exist.h"
#error not reached
#garbage directive
'unterminated char in skipped group
#endif
#if 1 /* comment
   spanning lines */ && 1
multi_line_comment_in_if
#endif
#define A 1
#undef A
#ifndef A
a_undefined
#endif
#if -1 < 0u
bad
#elif ~0u == 0xffffffffffffffff
unsigned_64
#endif
#if 'A' == 65 && '\n' == 10 && '\x41' == 65 && L'A' == 65
chars
#endif
#if (2 || 1 / 0) && !(0 && 1 / 0) && (1 ? 2 : 1 / 0) == 2
short_circuit
#endif
#if 10 % 3 == 1 && -7 / 2 == -3 && -7 % 2 == -1 && (1 << 62) > 0 && (-8 >> 1) == -4
arith
#endif
#if 0x10 == 16 && 010 == 8 && 0b101 == 5
bases
#endif
#if UNDEFINED_NAME == 0 && !UNDEFINED_NAME
undefined_is_zero
#endif
#ifdef A
#elif defined(B)
#else
else_branch
#endif
#define LINE __LINE__
#line 500
LINE __LINE__
#line 600 "renamed.c"
__FILE__ __LINE__
# 700 "again.c"
__FILE__ __LINE__
