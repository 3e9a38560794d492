; vectors.asm — the entry stubs of the 48 interrupt vectors the kernel handles (the 32 CPU
; exceptions and the 16 IRQs the PIC delivers at 32–47), and the common path to trap().
;
; Every stub starts exactly 16 bytes after the previous one (idt.c computes the addresses as
; vector_stubs + 16 * n; the `times` below fails the assembly if a stub outgrows its slot).
; A stub pushes a zero where the CPU pushes no error code, so the frame is always the same
; shape, then its vector number, and jumps to alltraps, which completes struct trapframe
; (include/trap.h) and calls trap(tf).

bits 32
section .text

extern trap
global vector_stubs, trapret

align 16
vector_stubs:
%assign n 0
%rep 48
    times vector_stubs + n * 16 - $ db 0xcc
%if n == 8 || (n >= 10 && n <= 14) || n == 17 || n == 21 || n == 29 || n == 30
    ; the CPU pushed an error code
%else
    push 0
%endif
    push n
    jmp alltraps
%assign n n + 1
%endrep

alltraps:
    push ds
    push es
    push fs
    push gs
    pushad
    mov ax, 0x10                    ; the kernel's data segment
    mov ds, ax
    mov es, ax
    push esp                        ; the argument: struct trapframe *
    call trap
    add esp, 4
trapret:
    popad
    pop gs
    pop fs
    pop es
    pop ds
    add esp, 8                      ; vector number and error code
    iretd
