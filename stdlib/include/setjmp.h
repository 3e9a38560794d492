/* setjmp.h: non-local jumps (C11 7.13). A jmp_buf holds the registers the i386 cdecl callee
 * must preserve (ebx esi edi ebp), the stack pointer and the return address. */
#ifndef _SETJMP_H
#define _SETJMP_H

typedef unsigned long jmp_buf[6];

int setjmp(jmp_buf env);
__attribute__((noreturn)) void longjmp(jmp_buf env, int value);

#endif
