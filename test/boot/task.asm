; Hardware task switching, as a kernel uses it for its double-fault handler: protected mode with
; paging and three 32-bit TSSs. A far call to a TSS and an iret back (NT, the back link, the busy
; bits, CR0.TS), a far jmp to it and back, a call through a task gate in the GDT; the faults a bad
; target raises (#GP for a busy TSS, #TS for a short one, #NP for an absent one); then a stack
; overflow: the push into an unmapped guard page faults (#PF), delivering #PF faults again, and
; the #DF goes through a task gate in the IDT to a task with its own stack, which prints the
; state the switch saved in the old task's TSS.
STAGE2 equ 4
%include "stage1.inc"

PD equ 0x10000                  ; page directory
PT0 equ 0x11000                 ; page table for 0-4 MiB
GUARD equ 0x70000               ; not mapped: the main stack (top 0x72000) overflows into it

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
    mov fs, ax
    mov gs, ax
    mov ss, ax
    mov esp, 0x72000
    lidt [idtr]
    ; paging: the first 4 MiB identity-mapped, but for the guard page
    mov edi, PD
    mov ecx, 2 * 1024
    xor eax, eax
    rep stosd
    mov dword [PD], PT0 | 3
    mov edi, PT0
    mov eax, 3
    mov ecx, 1024
.map:
    stosd
    add eax, 0x1000
    loop .map
    mov dword [PT0 + (GUARD >> 12) * 4], 0
    mov eax, PD
    mov cr3, eax
    mov eax, cr0
    or eax, 0x80000000
    mov cr0, eax

    mov ax, 0x18
    ltr ax
    mov esi, msg_ltr
    call puts32
    call types

    ; a far call to a TSS: task 2 runs nested, then irets back
    call 0x28:0
    mov esi, msg_back
    call puts32
    call state
    call types

    ; a far jmp to it: task 2 goes on after its iret and jumps back
    jmp 0x28:0
    mov esi, msg_jmp_back
    call puts32
    call state
    call types

    ; a far call through a task gate
    call 0x30:0
    mov esi, msg_gate_back
    call puts32
    call state
    call types

    ; targets that fault, each in the old task
    mov dword [resume], .busy_done
    call 0x18:0                 ; the running task's own TSS: busy, #GP(0x18)
.busy_done:
    mov dword [resume], .short_done
    call 0x38:0                 ; a TSS whose limit is too small: #TS(0x38)
.short_done:
    mov dword [resume], .absent_done
    jmp 0x40:0                  ; a TSS that is not present: #NP(0x40)
.absent_done:
    call types

    ; the kernel stack overflows
    mov esi, msg_overflow
    call puts32
    mov eax, 0x11111111
    mov ebx, 0x22222222
    mov ecx, 0x33333333
    mov edx, 0x44444444
    mov esi, 0x55555555
    mov edi, 0x66666666
    mov ebp, 0x77777777
recurse:
    add eax, 1
    push eax
    call recurse

; Prints EFLAGS.NT, CR0.TS (then clears it) and TR.
state:
    push eax
    pushfd
    pop eax
    and eax, 0x4000
    call hex32_32
    mov eax, cr0
    and eax, 8
    call hex32_32
    clts
    xor eax, eax
    str ax
    call hex32_32
    call newline32
    pop eax
    ret

; Prints the type bytes of the three TSS descriptors (89h available, 8Bh busy).
types:
    push eax
    movzx eax, byte [gdt + 0x18 + 5]
    call hex32_32
    movzx eax, byte [gdt + 0x20 + 5]
    call hex32_32
    movzx eax, byte [gdt + 0x28 + 5]
    call hex32_32
    call newline32
    pop eax
    ret

; Task 2: entered by call, jmp and the task gate in turn.
task2:
    mov esi, msg_t2_call
    call puts32
    call state
    movzx eax, word [tss2]      ; the back link
    call hex32_32
    call newline32
    iret
    mov esi, msg_t2_jmp
    call puts32
    call state
    jmp 0x18:0
    mov esi, msg_t2_gate
    call puts32
    call state
    movzx eax, word [tss2]
    call hex32_32
    call newline32
    iret

; #GP, #TS, #NP: print the vector and the error code, go on at [resume].
gp_handler:
    push dword 13
    jmp fault
ts_handler:
    push dword 10
    jmp fault
np_handler:
    push dword 11
fault:
    mov esi, msg_fault
    call puts32
    pop eax
    call hex32_32
    pop eax                     ; the error code
    call hex32_32
    call newline32
    mov eax, [resume]
    mov [esp], eax
    iret

pf_handler:                     ; never entered: its frame cannot be pushed
    mov esi, msg_bad
    call puts32
    mov al, 1
    jmp exit32

; The double-fault task: the error code on its stack, then what the switch saved.
df_task:
    mov esi, msg_df
    call puts32
    pop eax
    call hex32_32
    call state
    call types
    movzx eax, word [tss_df]    ; the back link: the task that overflowed
    call hex32_32
    call newline32
    mov esi, msg_saved
    call puts32
    mov ebx, 0x20               ; EIP, EFLAGS, the eight registers
.regs:
    mov eax, [tss_main + ebx]
    call hex32_32
    add ebx, 4
    cmp ebx, 0x48
    jne .regs
    call newline32
    mov esi, msg_segs
    call puts32
.segs:
    mov eax, [tss_main + ebx]   ; ES CS SS DS FS GS
    call hex32_32
    add ebx, 4
    cmp ebx, 0x60
    jne .segs
    call newline32
    mov eax, [tss_main + 0x38]  ; the saved ESP is just above the guard page
    sub eax, GUARD + 0x1000
    call hex32_32
    mov eax, [tss_main + 0x20]  ; the saved EIP is in the recursion
    sub eax, recurse
    call hex32_32
    call newline32
    mov al, 0
    jmp exit32

%include "lib32.inc"

resume: dd 0

; A 32-bit TSS image: CR3, EIP, ESP and the flat selectors; the rest zero.
%macro tss32 2
    dd 0                        ; back link
    times 6 dd 0                ; ESP0 SS0 … ESP2 SS2
    dd PD                       ; CR3
    dd %1                       ; EIP
    dd 2                        ; EFLAGS
    dd 0, 0, 0, 0, %2, 0, 0, 0  ; EAX ECX EDX EBX ESP EBP ESI EDI
    dd 0x10, 0x08, 0x10, 0x10, 0x10, 0x10 ; ES CS SS DS FS GS
    dd 0                        ; LDT
    dw 0, 0x68                  ; T, I/O map base (none)
%endmacro

align 16
tss_main: tss32 0, 0
tss_df: tss32 df_task, 0x50000
tss2: tss32 task2, 0x60000

align 8
gdt:
    dq 0
    dq 0x00cf9a000000ffff       ; 0x08: flat code
    dq 0x00cf92000000ffff       ; 0x10: flat data
    dw 0x67, tss_main, 0x8900, 0 ; 0x18: the main task's TSS
    dw 0x67, tss_df, 0x8900, 0  ; 0x20: the double-fault task's
    dw 0x67, tss2, 0x8900, 0    ; 0x28: task 2's
    dw 0, 0x28, 0x8500, 0       ; 0x30: a task gate to task 2
    dw 0x20, tss2, 0x8900, 0    ; 0x38: a TSS too short to switch to
    dw 0x67, tss2, 0x0900, 0    ; 0x40: a TSS that is not present
gdtr:
    dw $ - gdt - 1
    dd gdt

idt:
    times 8 dq 0
    dw 0, 0x20, 0x8500, 0       ; 8: #DF, a task gate to the double-fault task
    dq 0
    dw ts_handler, 0x08, 0x8e00, 0 ; 10: #TS
    dw np_handler, 0x08, 0x8e00, 0 ; 11: #NP
    dq 0
    dw gp_handler, 0x08, 0x8e00, 0 ; 13: #GP
    dw pf_handler, 0x08, 0x8e00, 0 ; 14: #PF
idtr:
    dw $ - idt - 1
    dd idt

hello: db "<<task switching", 13, 10, 0
msg_ltr: db "ltr: ", 0
msg_back: db "call returned: ", 0
msg_jmp_back: db "jmp came back: ", 0
msg_gate_back: db "gate call returned: ", 0
msg_t2_call: db "task 2 by call: ", 0
msg_t2_jmp: db "task 2 by jmp: ", 0
msg_t2_gate: db "task 2 by gate: ", 0
msg_fault: db "fault ", 0
msg_overflow: db "stack overflow", 13, 10, 0
msg_df: db "double fault task: ", 0
msg_saved: db "saved: ", 0
msg_segs: db "segments: ", 0
msg_bad: db "#PF handler entered!", 13, 10, 0

times (STAGE2 + 1) * 512 - ($ - $$) db 0
