; Real-mode hello: text through int 10h (teletype, a coloured string with AH=13h, characters
; with attributes by AH=09h, cursor position and shape), then the screen's first cells and the
; CRT controller's cursor registers read back and printed on COM1 — what the BIOS put in video
; memory, as the guest sees it.
bits 16
org 0x7c00

start:
    cli
    xor ax, ax
    mov ds, ax
    mov es, ax
    mov ss, ax
    mov sp, 0x7c00
    call serial_init
    mov si, hello
    call puts
    mov ax, 0x0003              ; mode 03h: 80x25 colour text, cleared
    int 0x10
    mov si, line1
.tty:
    lodsb
    test al, al
    jz .tty_done
    mov ah, 0x0e
    int 0x10
    jmp .tty
.tty_done:
    ; AH=13h: a string in yellow on blue at row 2, column 10, moving the cursor
    mov ax, 0x1301
    mov bx, 0x001e
    mov cx, line2_len
    mov dx, 0x020a
    mov bp, line2
    int 0x10
    ; AH=09h: five red-on-white stars at the cursor
    mov ax, 0x092a
    mov bx, 0x0074
    mov cx, 5
    int 0x10
    ; cursor to row 4, column 3 and back with AH=03h
    mov ah, 0x02
    xor bh, bh
    mov dx, 0x0403
    int 0x10
    mov ah, 0x03
    xor bh, bh
    int 0x10
    mov ax, dx
    call hex16
    ; AH=01h: a block cursor
    mov ah, 0x01
    mov cx, 0x0007
    int 0x10
    ; AH=08h: read back a character and attribute
    mov ah, 0x02
    xor bh, bh
    mov dx, 0x020a
    int 0x10
    mov ah, 0x08
    xor bh, bh
    int 0x10
    call hex16
    call newline
    ; the CRTC's cursor location (0x0E/0x0F), read from the ports
    mov dx, 0x3d4
    mov al, 0x0e
    out dx, al
    inc dx
    in al, dx
    call hex8
    dec dx
    mov al, 0x0f
    out dx, al
    inc dx
    in al, dx
    call hex8
    call newline
    ; video memory: rows 0 and 2, characters then attributes
    push ds
    mov ax, 0xb800
    mov ds, ax
    xor si, si
    call dump_row
    mov si, 2 * 160
    call dump_row
    pop ds
    mov al, 0
    call poweroff

; dump_row: the 40 cells at DS:SI as text, then their attributes in hex.
dump_row:
    push si
    mov cx, 40
.chars:
    mov al, [si]
    call putc
    add si, 2
    loop .chars
    call newline
    pop si
    mov cx, 40
.attrs:
    mov al, [si + 1]
    call hex8
    add si, 2
    loop .attrs
    call newline
    ret

%include "lib.inc"

hello: db "<<hello from the boot sector", 13, 10, 0
line1: db "Hello through int 10h", 13, 10, "second line", 0
line2: db "colours!"
line2_len equ $ - line2

times 510 - ($ - $$) db 0
dw 0xaa55
