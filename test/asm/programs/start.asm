; A static Linux program with no C library: write(1, msg, len) and exit(7), linked by ld.
bits 32
global _start

section .text
_start:
    mov eax, 4
    mov ebx, 1
    mov ecx, msg
    mov edx, msg_len
    int 0x80
    mov eax, 1
    mov ebx, [status]
    int 0x80

section .data
msg:     db "start from logosc", 10
msg_len: equ $ - msg
status:  dd 7
