; The A20 gate: with it closed, FFFF:0610 is 0000:0600 (addresses wrap at 1 MiB as on an 8086).
; It is opened and closed through int 15h (AX=2400h-2403h), the keyboard controller's output port
; (commands D0h/D1h), and the fast gate at port 92h; after each change the image checks the wrap.
STAGE2 equ 2
%include "stage1.inc"

stage2:
    mov si, hello
    call puts
    call wraps                  ; as the BIOS left it
    mov ax, 0x2403              ; which methods are supported
    int 0x15
    setc cl
    mov al, cl
    call hex8
    mov al, ah
    call hex8
    mov ax, bx
    call hex16
    call newline

    mov ax, 0x2400              ; int 15h: close
    call bios_a20
    mov ax, 0x2401              ; int 15h: open
    call bios_a20
    call newline

    mov al, 0xdd                ; keyboard controller output port: A20 off (reset line high)
    call kbc_out
    call wraps
    call kbc_read
    mov al, 0xdf                ; on
    call kbc_out
    call wraps
    call kbc_read
    call newline

    in al, 0x92                 ; fast A20: off, then on
    and al, 0xfc
    out 0x92, al
    call wraps
    in al, 0x92
    and al, 0x02
    call hex8
    in al, 0x92
    or al, 0x02
    and al, 0xfe
    out 0x92, al
    call wraps
    in al, 0x92
    and al, 0x02
    call hex8
    call newline
    mov al, 0
    call poweroff

; bios_a20: int 15h with AX, then the status (AX=2402h) and whether memory wraps.
bios_a20:
    int 0x15
    setc cl
    mov al, cl
    call hex8
    mov al, ah
    call hex8
    mov ax, 0x2402
    int 0x15
    call hex8
    ; fall through
; wraps: prints W when 0000:0600 and FFFF:0610 are the same byte, 1 when they differ.
wraps:
    push ds
    push es
    xor ax, ax
    mov ds, ax
    mov ax, 0xffff
    mov es, ax
    mov byte [0x600], 0x11
    mov byte [es:0x610], 0x22
    mov al, '1'
    cmp byte [0x600], 0x22
    jne .open
    mov al, 'W'
.open:
    call putc
    call space
    pop es
    pop ds
    ret

; kbc_out: write AL to the 8042's output port (command D1h).
kbc_out:
    push ax
    call kbc_wait
    mov al, 0xd1
    out 0x64, al
    call kbc_wait
    pop ax
    out 0x60, al
    call kbc_wait
    ret

; kbc_read: the output port's A20 bit (command D0h).
kbc_read:
    call kbc_wait
    mov al, 0xd0
    out 0x64, al
.full:
    in al, 0x64
    test al, 1
    jz .full
    in al, 0x60
    and al, 2
    call hex8
    ret

kbc_wait:
    in al, 0x64
    test al, 2
    jnz kbc_wait
    ret

hello: db "<<a20", 13, 10, 0

times (STAGE2 + 1) * 512 - ($ - $$) db 0
