; cpu.asm — loading the descriptor tables: the two steps that need a far jump or a
; register-only form that C's inline assembly says badly.

bits 32
section .text

; void gdt_load(struct descriptor_pointer *gdtr): load the GDT and reload every segment
; register from it: CS by a far jump, the data segments with the kernel data selector.
global gdt_load
gdt_load:
    mov eax, [esp + 4]
    lgdt [eax]
    jmp 0x08:.reload_cs
.reload_cs:
    mov ax, 0x10
    mov ds, ax
    mov es, ax
    mov ss, ax
    xor ax, ax
    mov fs, ax
    mov gs, ax
    ret

; void idt_load(struct descriptor_pointer *idtr)
global idt_load
idt_load:
    mov eax, [esp + 4]
    lidt [eax]
    ret

; void tss_load(uint16_t selector)
global tss_load
tss_load:
    mov ax, [esp + 4]
    ltr ax
    ret
