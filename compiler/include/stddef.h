/* stddef.h: common definitions (C11 7.19). Freestanding; comes with the compiler.
 * The types are the i386 System V ABI's (ILP32): size_t is unsigned int, ptrdiff_t int. */
#ifndef _STDDEF_H
#define _STDDEF_H

typedef __SIZE_TYPE__ size_t;
typedef __PTRDIFF_TYPE__ ptrdiff_t;
typedef __WCHAR_TYPE__ wchar_t;

/* The most strictly aligned scalar type Logos C has (no long long or floating point). */
typedef struct {
  long __max_align_l;
} max_align_t;

#define NULL ((void *)0)
#define offsetof(type, member) __builtin_offsetof(type, member)

#endif
