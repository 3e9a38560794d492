; From real mode to protected mode and paging, as a kernel's boot loader does: load a GDT, set
; CR0.PE, far-jump into 32-bit code, print on COM1 from there; then identity-map the first 4 MiB
; with a page table, map virtual 0x400000 onto the VGA text buffer, switch paging on, write
; through the mapping, and take a page fault whose handler prints CR2, the error code and EIP.
STAGE2 equ 2
%include "stage1.inc"

PD equ 0x10000                  ; page directory
PT0 equ 0x11000                 ; page table for 0-4 MiB
PT1 equ 0x12000                 ; page table for 4-8 MiB

stage2:
    mov si, hello
    call puts
    cli
    lgdt [gdtr]
    mov eax, cr0
    or eax, 1
    mov cr0, eax
    jmp 0x08:pm32

bits 32
pm32:
    mov ax, 0x10
    mov ds, ax
    mov es, ax
    mov ss, ax
    mov esp, 0x90000
    mov esi, msg_pm
    call puts32
    mov eax, cr0
    call hex32_32
    call newline32
    lidt [idtr]

    ; page tables: 0-4 MiB identity, 0x400000 -> 0xB8000 (read/write), 0x401000 not present
    mov edi, PD
    mov ecx, 3 * 1024
    xor eax, eax
    rep stosd
    mov dword [PD], PT0 | 3
    mov dword [PD + 4], PT1 | 3
    mov edi, PT0
    mov eax, 3
    mov ecx, 1024
.map:
    stosd
    add eax, 0x1000
    loop .map
    mov dword [PT1], 0xb8000 | 3
    mov eax, PD
    mov cr3, eax
    mov eax, cr0
    or eax, 0x80000000
    mov cr0, eax
    mov esi, msg_paging
    call puts32
    ; through the mapping: "PG" in white on red at the top left of the screen
    mov word [0x400000], 0x4f50
    mov word [0x400002], 0x4f47
    movzx eax, word [0xb8000]
    call hex32_32
    ; accessed and dirty bits of the mapping's PTE
    mov eax, [PT1]
    and eax, 0x60
    call hex32_32
    call newline32
    ; a page fault: a write to the not-present page at 0x401000
fault:
    mov dword [0x401008], 1
    mov esi, msg_bad
    call puts32
    mov al, 1
    jmp exit32

pf_handler:
    mov esi, msg_pf
    call puts32
    mov eax, cr2
    call hex32_32
    pop eax                     ; error code
    call hex32_32
    pop eax                     ; EIP
    cmp eax, fault
    sete al
    movzx eax, al
    call hex32_32
    call newline32
    mov al, 0
    jmp exit32

%include "lib32.inc"

align 8
gdt:
    dq 0
    dq 0x00cf9a000000ffff       ; 0x08: flat code
    dq 0x00cf92000000ffff       ; 0x10: flat data
gdtr:
    dw 23
    dd gdt
idt:
    times 14 dq 0
    dw pf_handler, 0x08, 0x8e00, 0  ; vector 14: interrupt gate (the handler is below 64 KiB)
idtr:
    dw 15 * 8 - 1
    dd idt

hello: db "<<protected mode", 13, 10, 0
msg_pm: db "32-bit code, cr0 ", 0
msg_paging: db "paging on ", 0
msg_pf: db "page fault ", 0
msg_bad: db "no page fault!", 13, 10, 0

times (STAGE2 + 1) * 512 - ($ - $$) db 0
