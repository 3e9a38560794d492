/* stdarg.h: variable argument lists (C11 7.16). Freestanding; comes with the compiler.
 *
 * gcc and logosc both provide the builtins: `__builtin_va_list` is the type (on i386 a pointer
 * into the caller's argument area), `__builtin_va_arg` reads the next argument of a type and
 * steps past it. */
#ifndef _STDARG_H
#define _STDARG_H

typedef __builtin_va_list va_list;
typedef __builtin_va_list __gnuc_va_list;

#define va_start(ap, last) __builtin_va_start(ap, last)
#define va_arg(ap, type) __builtin_va_arg(ap, type)
#define va_end(ap) __builtin_va_end(ap)
#define va_copy(dest, src) __builtin_va_copy(dest, src)

#endif
