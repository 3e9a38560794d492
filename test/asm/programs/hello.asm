; A C-callable main in assembly: linked with gcc -m32 against the C library.
bits 32
extern puts
global main

section .text
main:
    push ebp
    mov ebp, esp
    push dword msg
    call puts
    add esp, 4
    mov eax, [answer]
    add eax, [table + 4]
    pop ebp
    ret

section .rodata
msg: db "hello from logosc", 0

section .data
answer: dd 40
table:  dd 1, 2, 3
