/* setjmp.h: non-local jumps (C11 7.13). A jmp_buf holds the registers the i386 cdecl callee
 * must preserve (ebx esi edi ebp), the stack pointer and the return address — six words — and is
 * as large as glibc's (156 bytes: it saves the signal mask after them), so that a program compiled
 * against these headers may link with glibc too. */
#ifndef _SETJMP_H
#define _SETJMP_H

typedef unsigned long jmp_buf[39];

int setjmp(jmp_buf env);
__attribute__((noreturn)) void longjmp(jmp_buf env, int value);

#endif
