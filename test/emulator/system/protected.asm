; Protected mode, paging and exceptions, checked against qemu-system-i386.
;
; A multiboot kernel (the a.out kludge, so it is a flat binary loaded at 1 MiB). It installs a GDT
; with ring-0 and ring-3 segments and a TSS, an IDT whose handlers print the vector, error code,
; saved EIP, CS and EFLAGS (and CR2 for a page fault, SS:ESP when coming from ring 3) on the debug
; port 0xe9, then provokes one exception after another. Each test stores where to continue in
; [resume]. The last test triple-faults on purpose. Everything printed is a function of the
; architecture only, so qemu and Logos must print the same text.
bits 32
org 0x100000

KCODE equ 0x08
KDATA equ 0x10
UCODE equ 0x1b
UDATA equ 0x23
TSSSEL equ 0x28
NPSEL equ 0x30          ; a data segment that is not present

mb_header:
    dd 0x1BADB002
    dd 0x00010000
    dd -(0x1BADB002 + 0x00010000)
    dd mb_header
    dd 0x100000
    dd load_end
    dd bss_end
    dd start

start:
    cli
    lgdt [gdtr]
    jmp KCODE:.flush
.flush:
    mov ax, KDATA
    mov ds, ax
    mov es, ax
    mov fs, ax
    mov gs, ax
    mov ss, ax
    mov esp, kstack_top
    mov eax, tss
    mov [tss_desc + 2], ax
    shr eax, 16
    mov [tss_desc + 4], al
    mov [tss_desc + 7], ah
    call setup_idt
    lidt [idtr]
    ; the TSS: ring-0 stack for interrupts from ring 3, no I/O bitmap
    mov dword [tss + 4], kstack_top
    mov dword [tss + 8], KDATA
    mov word [tss + 102], 104
    mov ax, TSSSEL
    ltr ax
    mov esi, msg_hello
    call puts

    ; --- #DE ---
    mov dword [resume], t_de_done
    xor ecx, ecx
    mov eax, 5
    xor edx, edx
t_de:
    div ecx
t_de_done:
    ; --- #UD ---
    mov dword [resume], t_ud_done
t_ud:
    ud2
t_ud_done:
    ; --- #BP (a trap: EIP after int3) ---
    mov dword [resume], t_bp_done
    int3
t_bp_done:
    ; --- #OF ---
    mov dword [resume], t_of_done
    mov al, 0x7f
    add al, 1
    into
t_of_done:
    ; --- #BR ---
    mov dword [resume], t_br_done
    mov eax, 50
t_br:
    bound eax, [bounds]
t_br_done:
    ; --- #GP: selector beyond the GDT limit ---
    mov dword [resume], t_gp_done
    mov ax, 0x1234
t_gp:
    mov ds, ax
t_gp_done:
    mov ax, KDATA
    mov ds, ax
    ; --- #NP: a segment that is not present ---
    mov dword [resume], t_np_done
    mov ax, NPSEL
t_np:
    mov es, ax
t_np_done:
    ; --- #SS: the same not-present segment into SS ---
    mov dword [resume], t_stk_done
    mov ax, NPSEL
t_stk:
    mov ss, ax
t_stk_done:
    ; --- #GP: a ring-3 data segment into SS at ring 0 ---
    mov dword [resume], t_ss_done
    mov ax, UDATA
    mov ss, ax
t_ss_done:
    mov ax, KDATA
    mov ss, ax
    mov es, ax

    ; --- single step: TF set by popfd traps after each following instruction ---
    mov eax, step_handler
    mov [idt + 1 * 8], ax
    shr eax, 16
    mov [idt + 1 * 8 + 6], ax
    pushfd
    or dword [esp], 0x100
    popfd
    nop
    mov eax, 5
    pushfd
    and dword [esp], ~0x100
    popfd
    nop
    mov esi, msg_steps
    call puts

    ; --- paging ---
    call setup_paging
    mov esi, msg_paging
    call puts
    ; read a page that is not present
    mov dword [resume], t_pf1_done
    mov eax, [0x300000]
t_pf1_done:
    ; write a read-only page with CR0.WP set
    mov dword [resume], t_pf2_done
    mov dword [0x301000], 1
t_pf2_done:
    ; accessed and dirty bits of a 4 KiB page
    mov eax, [pt0 + 0x302 * 4]
    call print_hex
    mov eax, [0x302000]
    mov eax, [pt0 + 0x302 * 4]
    call print_hex
    mov dword [0x302000], 7
    mov eax, [pt0 + 0x302 * 4]
    call print_hex
    call newline
    ; a 4 MiB page: dirty bit in the PDE
    mov eax, [pd + 4]
    call print_hex
    mov dword [0x400010], 9
    mov eax, [pd + 4]
    call print_hex
    call newline
    ; remap 0x303000 onto 0x302000's frame, invlpg, read through it
    mov eax, [0x303000]
    call print_hex
    mov dword [pt0 + 0x303 * 4], 0x302003
    invlpg [0x303000]
    mov eax, [0x303000]
    call print_hex
    call newline

    ; --- ring 3 ---
    mov esi, msg_ring3
    call puts
    mov dword [kcontinue], after_user1
    push UDATA
    push ustack_top
    push 0x002                  ; IF = 0: no timer interrupt from the BIOS-programmed PIC
    push UCODE
    push user1
    iret
after_user1:
    mov dword [kcontinue], after_user2
    push UDATA
    push ustack_top
    push 0x002                  ; IF = 0: no timer interrupt from the BIOS-programmed PIC
    push UCODE
    push user2
    iret
after_user2:
    mov dword [kcontinue], after_user3
    push UDATA
    push ustack_top
    push 0x002                  ; IF = 0: no timer interrupt from the BIOS-programmed PIC
    push UCODE
    push user3
    iret
after_user3:
    mov dword [kcontinue], after_user4
    push UDATA
    push ustack_top
    push 0x002                  ; IF = 0: no timer interrupt from the BIOS-programmed PIC
    push UCODE
    push user4
    iret
after_user4:
    mov dword [kcontinue], after_user5
    push UDATA
    push ustack_top
    push 0x002                  ; IF = 0: no timer interrupt from the BIOS-programmed PIC
    push UCODE
    push user5
    iret
after_user5:
    ; --- double fault: the page-fault gate is not present ---
    mov esi, msg_df
    call puts
    and byte [idt + 14 * 8 + 5], 0x7f
    mov dword [resume], t_df_done
    mov eax, [0x300000]
t_df_done:
    or byte [idt + 14 * 8 + 5], 0x80
    ; --- triple fault: an empty IDT ---
    mov esi, msg_triple
    call puts
    lidt [empty_idtr]
    int3
    ; not reached: the CPU shuts down
    mov esi, msg_alive
    call puts
    mov al, 1
    out 0xf4, al
    hlt

; ---- ring-3 code (on a user page) ----
align 4096
user_page:
user1:
    ; a system call through a DPL-3 trap gate, with marker values in registers
    mov eax, 0x11111111
    mov ebx, 0x22222222
    int 0x80
user2:
    cli                     ; IOPL 0: #GP(0)
user3:
    mov eax, [0x100000]     ; a supervisor page: #PF, error code 5
user4:
    int 0x81                ; a DPL-0 gate from ring 3: #GP(0x81 * 8 + 2)
user5:
    in al, 0x60             ; no I/O permission: #GP(0)
align 4096
user_stack:
    times 4096 db 0
ustack_top:

; ---- interrupt handlers ----
setup_idt:
    mov ecx, 0
.loop:
    mov eax, [stubs + ecx * 4]
    mov [idt + ecx * 8], ax
    mov word [idt + ecx * 8 + 2], KCODE
    mov word [idt + ecx * 8 + 4], 0x8e00     ; present, DPL 0, 32-bit interrupt gate
    shr eax, 16
    mov [idt + ecx * 8 + 6], ax
    inc ecx
    cmp ecx, 32
    jne .loop
    ; int 0x80: a DPL-3 trap gate; int 0x81: DPL 0
    mov eax, syscall_handler
    mov [idt + 0x80 * 8], ax
    mov word [idt + 0x80 * 8 + 2], KCODE
    mov word [idt + 0x80 * 8 + 4], 0xef00
    shr eax, 16
    mov [idt + 0x80 * 8 + 6], ax
    mov eax, syscall_handler
    mov [idt + 0x81 * 8], ax
    mov word [idt + 0x81 * 8 + 2], KCODE
    mov word [idt + 0x81 * 8 + 4], 0x8e00
    shr eax, 16
    mov [idt + 0x81 * 8 + 6], ax
    ret

%macro STUB 1
stub%1:
%if %1 == 8 || (%1 >= 10 && %1 <= 14) || %1 == 17
    push dword %1
%else
    push dword 0xffffffff       ; no error code: a marker in its place
    push dword %1
%endif
    jmp exc_common
%endmacro
%assign i 0
%rep 32
STUB i
%assign i i + 1
%endrep

stubs:
%assign i 0
%rep 32
    dd stub %+ i
%assign i i + 1
%endrep

; stack: vector, error code (or marker), eip, cs, eflags [, esp, ss]
exc_common:
    mov ax, KDATA               ; DS may be null after a return to ring 3
    mov ds, ax
    mov es, ax
    mov esi, msg_exc
    call puts
    mov eax, [esp]
    call print_hex
    mov eax, [esp + 4]
    call print_hex
    mov eax, [esp + 8]
    call print_hex
    mov eax, [esp + 12]
    call print_hex
    mov eax, [esp + 16]
    and eax, ~0x10000           ; RF: set by some CPUs in the image of a fault
    call print_hex
    cmp dword [esp], 14
    jne .no_cr2
    mov eax, cr2
    call print_hex
.no_cr2:
    test dword [esp + 12], 3
    jz .same_ring
    mov eax, [esp + 20]
    call print_hex
    mov eax, [esp + 24]
    call print_hex
    call newline
    ; from ring 3: back to the kernel's next step
    mov esp, kstack_top
    mov ax, KDATA
    mov ds, ax
    mov es, ax
    jmp [kcontinue]
.same_ring:
    call newline
    mov eax, [resume]
    mov [esp + 8], eax
    add esp, 8
    iret

step_handler:
    push eax
    mov esi, msg_step
    call puts
    mov eax, [esp + 4]          ; the instruction after the one that trapped
    call print_hex
    mov eax, [esp + 12]
    and eax, ~0x10000
    call print_hex
    call newline
    pop eax
    iret

syscall_handler:
    push eax
    mov ax, ds                  ; null: iret to ring 3 cleared the ring-0 DS
    mov [saved_ds], ax
    mov ax, KDATA
    mov ds, ax
    mov es, ax
    pop eax
    push eax
    mov esi, msg_sys
    call puts
    pop eax
    push eax
    mov eax, esp
    call print_hex              ; the ring-0 stack the TSS gave
    pop eax
    call print_hex
    mov eax, ebx
    call print_hex
    mov eax, [esp]
    call print_hex
    mov eax, [esp + 4]
    call print_hex
    mov eax, [esp + 8]
    call print_hex
    mov eax, [esp + 12]
    call print_hex
    mov eax, [esp + 16]
    call print_hex
    movzx eax, word [saved_ds]
    call print_hex
    call newline
    mov esp, kstack_top
    jmp [kcontinue]

; ---- paging: identity map 0–8 MiB (4 KiB pages below 4 MiB, one 4 MiB page above) ----
setup_paging:
    mov ecx, 0
.fill:
    mov eax, ecx
    shl eax, 12
    or eax, 3                   ; present, writable, supervisor
    mov [pt0 + ecx * 4], eax
    inc ecx
    cmp ecx, 1024
    jne .fill
    mov dword [pt0 + 0x300 * 4], 0          ; not present
    mov dword [pt0 + 0x301 * 4], 0x301001   ; read-only
    ; the ring-3 pages
    mov eax, user_page
    shr eax, 12
    or dword [pt0 + eax * 4], 4
    mov eax, user_stack
    shr eax, 12
    or dword [pt0 + eax * 4], 4
    mov eax, pt0
    or eax, 7
    mov [pd], eax
    mov dword [pd + 4], 0x400000 | 0x87     ; 4 MiB, user, writable, present
    mov eax, cr4
    or eax, 0x10                            ; PSE
    mov cr4, eax
    mov eax, pd
    mov cr3, eax
    mov eax, cr0
    or eax, 0x80010000                      ; PG, WP
    mov cr0, eax
    ret

; ---- output on the debug port ----
puts:
    lodsb
    test al, al
    jz .done
    out 0xe9, al
    jmp puts
.done:
    ret

print_hex:
    push ecx
    push eax
    mov ecx, 8
.digit:
    rol eax, 4
    push eax
    and eax, 15
    mov al, [hexdigits + eax]
    out 0xe9, al
    pop eax
    loop .digit
    mov al, ' '
    out 0xe9, al
    pop eax
    pop ecx
    ret

newline:
    mov al, 10
    out 0xe9, al
    ret

hexdigits: db "0123456789abcdef"
msg_hello: db "<<protected mode", 10, 0
msg_exc: db "exception ", 0
msg_sys: db "int 0x80 ", 0
msg_step: db "step ", 0
msg_steps: db "steps done", 10, 0
msg_paging: db "paging on", 10, 0
msg_ring3: db "ring 3", 10, 0
msg_df: db "double fault", 10, 0
msg_triple: db "triple fault", 10, 0
msg_alive: db "still running", 10, 0

bounds: dd 0, 10

align 8
gdt:
    dq 0
    dq 0x00cf9a000000ffff       ; 0x08 ring-0 code
    dq 0x00cf92000000ffff       ; 0x10 ring-0 data
    dq 0x00cffa000000ffff       ; 0x18 ring-3 code
    dq 0x00cff2000000ffff       ; 0x20 ring-3 data
tss_desc:
    dw 103, 0                   ; the base is filled in at start
    db 0, 0x89, 0x00, 0x00
    dq 0x00cf12000000ffff       ; 0x30 data, not present
gdt_end:
gdtr:
    dw gdt_end - gdt - 1
    dd gdt
idtr:
    dw 256 * 8 - 1
    dd idt
empty_idtr:
    dw 0
    dd 0
resume: dd 0
saved_ds: dw 0
kcontinue: dd 0

align 4
tss: times 104 db 0
load_end:

align 4096
section .bss
pd: resb 4096
pt0: resb 4096
idt: resb 256 * 8
kstack: resb 4096
kstack_top:
bss_end:
