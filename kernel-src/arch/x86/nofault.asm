; nofault.asm — the kernel's instructions that are allowed to fault.
;
; A kernel access to an address that is not mapped is a bug (the panic screen), except at the
; instructions listed in the section __ex_table: each entry is the address of an instruction
; that may fault and the address to resume at when it does. trap() looks a faulting eip up
; there (kernel/extable.c) and, instead of panicking, sets eip to the entry's fixup and
; returns — every register as the fault left it. This is how the monitor's `peek` reads
; memory that may not be there; later, how system calls read user memory.

bits 32
section .text

; size_t copy_nofault(void *dst, const void *src, size_t n)
; Copies n bytes, or up to the first byte that cannot be read or written. Returns the number
; of bytes not copied: 0 when all were. rep movsb keeps ecx the count left, so after a fault
; its fixup is the same return path as the copy's end.
global copy_nofault
copy_nofault:
    push esi
    push edi
    mov edi, [esp + 12]
    mov esi, [esp + 16]
    mov ecx, [esp + 20]
    cld
.copy:
    rep movsb
.done:
    mov eax, ecx
    pop edi
    pop esi
    ret

section __ex_table progbits alloc noexec nowrite align=4
    dd copy_nofault.copy, copy_nofault.done
