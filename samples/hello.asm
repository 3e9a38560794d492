; The first program that runs on Logos today: a Linux i386 "hello" in NASM syntax. It talks to
; the kernel only through int 0x80 (write = 4, exit = 1), so the same binary runs on Linux,
; under `logos run`, and later on the Logos kernel.
        bits 32
        global _start

        section .rodata
message db "Hello from Logos! Assembled and linked by logosc, run on the Logos CPU.", 10
length  equ $ - message

        section .text
_start: mov eax, 4              ; write(1, message, length)
        mov ebx, 1
        mov ecx, message
        mov edx, length
        int 0x80
        mov eax, 1              ; exit(0)
        xor ebx, ebx
        int 0x80
