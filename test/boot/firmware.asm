; A firmware ROM for `logos boot --bios` (and `qemu -bios`): 64 KiB mapped at F0000h and just
; below 4 GiB. The CPU starts at F000:FFF0 in the high copy; the far jump there lands in the low
; one. The firmware sets up a stack and an interrupt vector of its own, prints on COM1 its CS,
; CR0's reset bits (CD and NW set), what its int 20h handler returned and a byte of its own
; date string, and powers off with status 5 (exit status 11).
bits 16
org 0

start:
    cli
    xor ax, ax
    mov ss, ax
    mov sp, 0x7000
    mov ds, ax
    mov ax, cs
    mov es, ax
    mov word [0x20 * 4], int20
    mov [0x20 * 4 + 2], cs
    mov dx, 0x3fb
    mov al, 0x03
    out dx, al
    mov si, hello
.puts:
    mov al, [cs:si]
    test al, al
    jz .done
    call putc
    inc si
    jmp .puts
.done:
    mov ax, cs
    call hex16
    mov eax, cr0
    and eax, 0x60000011
    shr eax, 16
    call hex16
    mov bx, 0
    int 0x20
    mov ax, bx
    call hex16
    mov al, [cs:0xfff5]         ; the date string
    call putc
    mov al, 13
    call putc
    mov al, 10
    call putc
    mov dx, 0x3fd               ; COM1 has sent everything (LSR bit 6) before the power goes
.drain:
    in al, dx
    test al, 0x40
    jz .drain
    mov al, 5
    out 0xf4, al
    hlt

int20:
    mov bx, 0x1234
    iret

putc:
    push dx
    mov dx, 0x3f8
    out dx, al
    pop dx
    ret

hex16:
    push cx
    mov cx, 4
.digit:
    rol ax, 4
    push ax
    and al, 15
    add al, '0'
    cmp al, '9'
    jbe .put
    add al, 'a' - '9' - 1
.put:
    call putc
    pop ax
    loop .digit
    push ax
    mov al, ' '
    call putc
    pop ax
    pop cx
    ret

hello: db "<<firmware ", 0

times 0xfff0 - ($ - $$) db 0
    jmp 0xf000:start
    db "12/07/26"
times 0x10000 - ($ - $$) db 0
