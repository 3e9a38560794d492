; crt0: the program's entry point, `_start`.
;
; Linux starts a program with nothing in the registers it can rely on and, on the stack:
;   [esp] argc, [esp+4] argv[0] … argv[argc-1], 0, envp[0] … 0, then the auxiliary vector.
; _start clears ebp (the end of the frame chain for debuggers), finds argv and envp, aligns the
; stack to 16 bytes as gcc expects at a call, and calls __libc_start_main(argc, argv, envp),
; which never returns.

bits 32
section .text

global _start
extern __libc_start_main

_start:
        xor ebp, ebp
        mov eax, [esp]                  ; argc
        lea ebx, [esp + 4]              ; argv
        lea ecx, [ebx + eax * 4 + 4]    ; envp: past argv's terminating null
        and esp, -16
        sub esp, 4                      ; three pushes and this keep the call 16-byte aligned
        push ecx
        push ebx
        push eax
        call __libc_start_main
        hlt                             ; not reached

; no executable stack wanted (GNU ld warns about objects without this note)
section .note.GNU-stack noalloc noexec nowrite progbits
