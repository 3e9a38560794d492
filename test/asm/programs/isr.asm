; 32-bit interrupt stubs, the way a kernel writes them: one macro per kind of vector.
bits 32
section .text
extern interrupt_dispatch
global isr_table

%macro ISR_NOERR 1
global isr%1
isr%1:
    push dword 0            ; no error code: push a dummy one
    push dword %1
    jmp isr_common
%endmacro

%macro ISR_ERR 1
global isr%1
isr%1:
    push dword %1
    jmp isr_common
%endmacro

%assign i 0
%rep 32
%if i == 8 || (i >= 10 && i <= 14) || i == 17
    ISR_ERR i
%else
    ISR_NOERR i
%endif
%assign i i + 1
%endrep

%macro IRQ 2
global irq%1
irq%1:
    push dword 0
    push dword %2
    jmp isr_common
%endmacro

IRQ 0, 32
IRQ 1, 33
IRQ 14, 46

isr_common:
    pusha
    push ds
    push es
    push fs
    push gs
    mov ax, 0x10
    mov ds, ax
    mov es, ax
    push esp
    call interrupt_dispatch
    add esp, 4
    pop gs
    pop fs
    pop es
    pop ds
    popa
    add esp, 8
    iret

section .rodata
align 4
isr_table:
%assign i 0
%rep 32
    dd isr %+ i
%assign i i + 1
%endrep

; Labels local to a macro expansion get nasm's names (..@N.label) in the object.
section .text
%macro spin 0
%%again:
    jmp %%again
%endmacro
    spin
    align 8
    spin
