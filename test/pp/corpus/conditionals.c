/* #if arithmetic is intmax_t (64-bit on i386) with C's unsigned rules. */
#define ONE 1
#define TWO (ONE + ONE)
#if TWO * 2 == 4 && -1 < 0u
no
#else
unsigned_compare
#endif
#if 0xffffffffffffffff == -1 && 18446744073709551615u / 3 == 6148914691236517205
wrap64
#endif
#if (0 && 1 / 0) || (1 || 1 % 0)
short_circuit
#endif
#if 1 ? 2 : (1 / 0)
ternary
#endif
#if ~0u >> 63 == 1 && (-8 >> 1) == -4 && (1 << 62) > 0 && -9 / 2 == -4 && -9 % 2 == -1
shifts
#endif
#if defined ONE && defined(TWO) && !defined(THREE) && UNDEFINED_IS_ZERO == 0
defined_ok
#endif
#ifndef THREE
#define THREE 3
#endif
#if THREE == 3
#  if 0
inner_no
#  elif THREE > 2
inner_elif
#  else
inner_no
#  endif
#elif 1
no
#endif
#if 'A' == 65 && '\n' == 10 && '\x41' == 65 && '\0' == 0
chars
#endif
#ifdef ONE
#undef ONE
#endif
#ifdef ONE
no
#endif
ONE TWO
