; The interrupt interface the PC will use: a maskable interrupt (vector 0x20) waiting from the
; start is held off by IF = 0 and by the one-instruction shadow of sti, so it arrives after the
; hlt that follows sti (the saved EIP is hlt's successor), then once more during a loop.
bits 32
org 0x100000
mb_header:
    dd 0x1BADB002, 0x00010000, -(0x1BADB002 + 0x00010000)
    dd mb_header, 0x100000, load_end, bss_end, start
start:
    cli
    lgdt [gdtr]
    jmp 0x08:.cs
.cs:
    mov ax, 0x10
    mov ds, ax
    mov ss, ax
    mov es, ax
    mov esp, stack_top
    mov eax, handler
    mov [idt + 0x20 * 8], ax
    mov word [idt + 0x20 * 8 + 2], 0x08
    mov word [idt + 0x20 * 8 + 4], 0x8e00
    shr eax, 16
    mov [idt + 0x20 * 8 + 6], ax
    lidt [idtr]
    mov al, 'a'
    out 0xe9, al
    nop
    nop
    mov al, 'b'
    out 0xe9, al
    sti
    hlt
after_hlt:
    mov al, 'c'
    out 0xe9, al
    mov ecx, 1000
.spin:
    loop .spin
    mov al, 'd'
    out 0xe9, al
    mov al, 0
    out 0xf4, al
    cli
    hlt
handler:
    push eax
    mov al, '['
    out 0xe9, al
    mov eax, [esp + 4]
    cmp eax, after_hlt
    mov al, 'X'
    jne .bad
    mov al, 'H'
.bad:
    out 0xe9, al
    mov al, ']'
    out 0xe9, al
    pop eax
    iret
gdt:
    dq 0, 0x00cf9a000000ffff, 0x00cf92000000ffff
gdtr:
    dw 23
    dd gdt
idtr:
    dw 0x21 * 8 - 1
    dd idt
load_end:
section .bss
idt: resb 0x21 * 8
resb 1024
stack_top:
bss_end:
