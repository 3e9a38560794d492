; entry.asm — the kernel's first instructions, and its Multiboot header.
;
; Two loaders arrive here, both in 32-bit protected mode with flat segments, paging off and
; interrupts off, at the physical address of _start (kernel.ld makes that the ELF entry):
;   - our boot loader (boot/loader.asm): EAX = BOOTINFO_MAGIC, EBX = its struct bootinfo;
;   - a Multiboot loader such as qemu -kernel: EAX = 0x2BADB002, EBX = its multiboot_info.
; The kernel is linked to run at 0xC0100000 but sits at 1 MiB, so until paging is on every
; address this code uses is the link address minus KERNEL_BASE.
;
; It builds the boot page tables — the first 8 MiB mapped twice, at 0 (so the next instruction
; after enabling paging still exists) and at KERNEL_BASE — turns paging on, moves to the higher
; half and to the boot stack, and calls kmain(magic, info) with a zero frame pointer, where
; backtraces stop. kmain (kernel/main.c) later builds the real page directory without the low
; identity map.
;
; double_fault_task is where the double-fault task starts (the IDT's task gate for vector 8
; leads to it): on its own stack, with the CPU's error code pushed there, it calls
; double_fault(err) (arch/x86/trap.c), which never returns.

bits 32

KERNEL_BASE     equ 0xc0000000
BOOT_MAP_TABLES equ 2               ; page tables in the boot map: 2 × 4 MiB
PTE_P           equ 0x001
PTE_W           equ 0x002
CR0_PG          equ 0x80000000
CR0_WP          equ 0x00010000
CR0_NW          equ 0x20000000
CR0_CD          equ 0x40000000

MB_MAGIC        equ 0x1badb002
MB_FLAGS        equ 0x00000003      ; page-aligned modules, memory information wanted

section .multiboot progbits alloc noexec nowrite align=4
    dd MB_MAGIC
    dd MB_FLAGS
    dd -(MB_MAGIC + MB_FLAGS)

section .text.entry progbits alloc exec nowrite align=16
global _start
extern kmain
_start:
    cli
    cld
    mov esi, eax                    ; the loader's magic and structure, for kmain
    mov edi, ebx

    ; boot_page_tables: entry i maps page i, identity, over the first BOOT_MAP_TABLES * 4 MiB.
    mov ebx, boot_page_tables - KERNEL_BASE
    xor ecx, ecx
.fill:
    mov eax, ecx
    shl eax, 12
    or eax, PTE_P | PTE_W
    mov [ebx + ecx * 4], eax
    inc ecx
    cmp ecx, BOOT_MAP_TABLES * 1024
    jb .fill

    ; The page directory: the same tables at directory slots 0.. and 768.. (0xC0000000 >> 22).
    mov edx, boot_page_directory - KERNEL_BASE
    xor ecx, ecx
.dir:
    mov eax, ecx
    shl eax, 12
    add eax, ebx
    or eax, PTE_P | PTE_W
    mov [edx + ecx * 4], eax
    mov [edx + ecx * 4 + (KERNEL_BASE >> 22) * 4], eax
    inc ecx
    cmp ecx, BOOT_MAP_TABLES
    jb .dir

    ; Paging on, supervisor writes to read-only pages fault (WP), and the caches on: a BIOS
    ; may leave CD/NW set, as the CPU comes out of reset (SeaBIOS clears them; others not).
    mov cr3, edx
    mov eax, cr0
    or eax, CR0_PG | CR0_WP
    and eax, ~(CR0_CD | CR0_NW)
    mov cr0, eax
    mov eax, .higher_half           ; an absolute jump: from here on, link addresses are real
    jmp eax
.higher_half:
    mov esp, boot_stack_top
    xor ebp, ebp                    ; the end of every backtrace
    push edi
    push esi
    call kmain
.halt:                              ; kmain does not return; if it did, stop here
    cli
    hlt
    jmp .halt

global double_fault_task
extern double_fault
double_fault_task:
    xor ebp, ebp                    ; a backtrace of this task stops here
    call double_fault               ; the error code the CPU pushed is its argument
.halt:
    cli
    hlt
    jmp .halt

section .bss nobits alloc noexec write align=4096
global boot_page_directory
boot_page_directory:
    resb 4096
boot_page_tables:
    resb BOOT_MAP_TABLES * 4096
; The boot stack, with a guard page below it that vm_init leaves unmapped: a kernel stack
; overflow page-faults there, and the double fault that follows (arch/x86/gdt.c) reports it.
global boot_stack_guard, boot_stack, boot_stack_top
boot_stack_guard:
    resb 4096
boot_stack:
    resb 16384
boot_stack_top:
; The double-fault task's own stack (arch/x86/gdt.c): the boot stack may be the problem.
global double_fault_stack_top
    resb 4096
double_fault_stack_top:
