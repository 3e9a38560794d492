; Real mode, checked against qemu-system-i386: a boot sector that installs its own interrupt
; vector, does 16-bit arithmetic and addressing (flags through pushf), segment:offset memory
; access, a string copy, then switches to protected mode and prints from 32-bit code. It
; initialises everything it uses, so the BIOS that loaded it does not matter.
bits 16
org 0x7c00

start:
    cli
    xor ax, ax
    mov ds, ax
    mov es, ax
    mov ss, ax
    mov sp, 0x7c00
    ; Mask every IRQ at both PICs: with IF set below, qemu's BIOS timer (IRQ 0, vector 8) would
    ; otherwise interrupt at a moment that depends on the host's load.
    mov al, 0xff
    out 0x21, al
    out 0xa1, al
    cld
    mov si, msg_hello
    call puts
    ; an interrupt through the IVT: the handler sees IF clear and returns a value in BX
    mov word [0x50 * 4], int50
    mov word [0x50 * 4 + 2], 0
    sti
    mov bx, 1
    int 0x50
    mov ax, bx
    call hex16
    ; arithmetic and flags
    mov ax, 0x7fff
    add ax, 1
    pushf
    call hex16
    pop ax
    and ax, 0x0fd5
    call hex16
    mov ax, 0x1234
    mov cx, 0x5678
    mul cx
    call hex16
    mov ax, dx
    call hex16
    mov dx, 0x0012
    mov ax, 0x3456
    mov cx, 0x100
    div cx
    call hex16
    mov ax, dx
    call hex16
    call newline
    ; segment:offset and 16-bit addressing modes
    mov ax, 0x1000
    mov es, ax
    mov byte [es:0x0010], 0x5a
    mov ax, 0x1001
    mov ds, ax
    mov al, [0]
    xor ah, ah
    xor cx, cx
    mov ds, cx
    call hex16
    mov bx, table
    mov si, 2
    mov ax, [bx + si + 2]
    call hex16
    mov bp, table
    mov di, 4
    mov ax, [bp + di]           ; SS-relative, SS = 0
    call hex16
    ; rep movsb
    xor ax, ax
    mov es, ax
    mov si, table
    mov di, copy
    mov cx, 8
    rep movsb
    mov ax, [copy + 6]
    call hex16
    call newline
    ; protected mode (interrupts off: there is no IDT for the BIOS's timer interrupt)
    cli
    lgdt [gdtr]
    mov eax, cr0
    or eax, 1
    mov cr0, eax
    jmp 0x08:pm
bits 32
pm:
    mov ax, 0x10
    mov ds, ax
    mov es, ax
    mov ss, ax
    mov esp, 0x7c00
    mov esi, msg_pm
.p: lodsb
    test al, al
    jz .done
    out 0xe9, al
    jmp .p
.done:
    mov al, 0
    out 0xf4, al
    cli
    hlt

bits 16
int50:
    pushf
    pop ax
    and ax, 0x0200              ; IF as the handler sees it
    add bx, ax
    add bx, 0x40
    iret

puts:
    lodsb
    test al, al
    jz .done
    out 0xe9, al
    jmp puts
.done:
    ret

hex16:
    push ax
    push bx
    push cx
    mov cx, 4
.digit:
    rol ax, 4
    mov bx, ax
    and bx, 15
    push ax
    mov al, [hexdigits + bx]
    out 0xe9, al
    pop ax
    loop .digit
    mov al, ' '
    out 0xe9, al
    pop cx
    pop bx
    pop ax
    ret

newline:
    push ax
    mov al, 10
    out 0xe9, al
    pop ax
    ret

hexdigits: db "0123456789abcdef"
msg_hello: db "<<real mode", 10, 0
msg_pm: db "protected mode from a boot sector", 10, 0
table: dw 0x1111, 0x2222, 0x3333, 0x4444
copy: dw 0, 0, 0, 0
gdt:
    dq 0
    dq 0x00cf9a000000ffff
    dq 0x00cf92000000ffff
gdtr:
    dw 23
    dd gdt

times 510 - ($ - $$) db 0
dw 0xaa55
