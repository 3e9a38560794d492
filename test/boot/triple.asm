; A deliberate triple fault: protected mode with an empty IDT, then an invalid opcode. Delivering
; #UD finds no gate (#GP), delivering #GP finds none (#DF), delivering #DF finds none: the CPU
; shuts down. qemu (with -no-reboot) stops; Logos reports the chain and the last instructions.
STAGE2 equ 1
%include "stage1.inc"

stage2:
    mov si, hello
    call puts
    cli
    lgdt [gdtr]
    lidt [idtr]
    mov eax, cr0
    or eax, 1
    mov cr0, eax
    jmp 0x08:pm32

bits 32
pm32:
    mov ax, 0x10
    mov ds, ax
    mov ss, ax
    mov esp, 0x7c00
    mov dx, 0x3f8
    mov al, '!'
    out dx, al
    ud2

align 8
gdt:
    dq 0
    dq 0x00cf9a000000ffff
    dq 0x00cf92000000ffff
gdtr:
    dw 23
    dd gdt
idtr:
    dw 0
    dd 0

hello: db "<<triple fault next", 13, 10, 0

times (STAGE2 + 1) * 512 - ($ - $$) db 0
