; setjmp and longjmp, and the two other routines that cannot be C: clone's child side and the
; signal return trampoline.
;
; jmp_buf (setjmp.h) = ebx, esi, edi, ebp, esp, eip: the registers cdecl says a callee keeps, the
; stack pointer of setjmp's caller and the address setjmp returns to.

bits 32
section .text

global setjmp
global longjmp
global __clone
global __restore

; int setjmp(jmp_buf env)
setjmp:
        mov eax, [esp + 4]
        mov [eax], ebx
        mov [eax + 4], esi
        mov [eax + 8], edi
        mov [eax + 12], ebp
        lea ecx, [esp + 4]              ; the caller's esp once setjmp has returned
        mov [eax + 16], ecx
        mov ecx, [esp]                  ; the return address
        mov [eax + 20], ecx
        xor eax, eax
        ret

; void longjmp(jmp_buf env, int value): setjmp returns again, with value (1 if value is 0)
longjmp:
        mov edx, [esp + 4]
        mov eax, [esp + 8]
        test eax, eax
        jnz .nonzero
        inc eax
.nonzero:
        mov ebx, [edx]
        mov esi, [edx + 4]
        mov edi, [edx + 8]
        mov ebp, [edx + 12]
        mov esp, [edx + 16]
        jmp [edx + 20]

; int __clone(int (*fn)(void *), void *stack, int flags, void *arg,
;             int *parent_tid, void *tls, int *child_tid)
; The raw clone system call returns twice, in two processes; only the parent may return to the
; caller, whose stack the child does not have. So fn and arg go on the child's new stack first,
; and the child calls fn(arg) there and exits with its result. Returns the child's id or -errno.
; i386 orders clone's arguments: flags, stack, parent_tid, tls, child_tid.
__clone:
        push ebx
        push esi
        push edi
        push ebp
        mov ecx, [esp + 24]             ; the child's stack
        and ecx, -16
        sub ecx, 8
        mov eax, [esp + 32]             ; arg
        mov [ecx + 4], eax
        mov eax, [esp + 20]             ; fn
        mov [ecx], eax
        mov ebx, [esp + 28]             ; flags
        mov edx, [esp + 36]             ; parent_tid
        mov esi, [esp + 40]             ; tls
        mov edi, [esp + 44]             ; child_tid
        mov eax, 120                    ; clone
        int 0x80
        test eax, eax
        jz .child
        pop ebp
        pop edi
        pop esi
        pop ebx
        ret
.child:
        xor ebp, ebp
        pop eax                         ; fn; arg is now at [esp]
        call eax
        mov ebx, eax
        mov eax, 1                      ; exit (this thread only)
        int 0x80
        hlt

; The signal return trampoline: a handler returns here, and sigreturn restores the state the
; kernel saved on the stack when it delivered the signal. For a handler installed without
; SA_SIGINFO, i386 Linux builds the old-style frame, whose first word (the signal number, the
; handler's argument) is still on the stack: pop it, then call sigreturn (not rt_sigreturn).
__restore:
        pop eax
        mov eax, 119                    ; sigreturn
        int 0x80

; no executable stack wanted (GNU ld warns about objects without this note)
section .note.GNU-stack noalloc noexec nowrite progbits
