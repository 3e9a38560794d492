; Disk services of int 13h: drive parameters (08h), the extensions check (41h), CHS reads (02h)
; across heads, LBA reads and writes (42h, 43h), extended parameters (48h), the disk type (15h),
; and the errors for a sector past the end and a drive that is not there. Every sector after the
; boot sector starts with its own LBA as a dword, so each read prints which sector it got.
STAGE2 equ 4
%include "stage1.inc"

stage2:
    mov si, hello
    call puts
    mov al, [boot_drive]
    call hex8
    call newline

    ; AH=08h: parameters
    mov si, t08
    call puts
    mov ah, 0x08
    mov dl, 0x80
    xor di, di
    int 0x13
    call status
    mov ax, cx
    call hex16
    mov ax, dx
    call hex16
    call newline

    ; AH=41h: extensions
    mov si, t41
    call puts
    mov ah, 0x41
    mov bx, 0x55aa
    mov dl, 0x80
    int 0x13
    call status
    mov ax, bx
    call hex16
    mov ax, cx
    and ax, 1                   ; bit 0: the packet interface (42h-44h, 47h, 48h)
    call hex16
    call newline

    ; AH=02h: three sectors from cylinder 0, head 0, sector 17 (LBA 16-18)
    mov si, t02
    call puts
    mov ax, 0x0203
    mov cx, 0x0011
    mov dx, 0x0080
    mov bx, 0x1000
    int 0x13
    call status
    mov eax, [0x1000]
    call hex32
    mov eax, [0x1200]
    call hex32
    mov eax, [0x1400]
    call hex32
    ; cylinder 0, head 1, sector 1 (LBA 63) into segment 0x200
    mov ax, 0x0200
    mov es, ax
    mov ax, 0x0201
    mov cx, 0x0001
    mov dx, 0x0180
    xor bx, bx
    int 0x13
    call status
    mov eax, [es:0]
    call hex32
    xor ax, ax
    mov es, ax
    call newline

    ; AH=42h: LBA 150, two sectors to 0300:0000
    mov si, t42
    call puts
    mov word [dap + 2], 2
    mov word [dap + 4], 0
    mov word [dap + 6], 0x300
    mov dword [dap + 8], 150
    mov ah, 0x42
    mov dl, 0x80
    mov si, dap
    int 0x13
    call status
    mov eax, [0x3000]
    call hex32
    mov eax, [0x3200]
    call hex32
    mov ax, [dap + 2]
    call hex16
    call newline

    ; AH=43h: write LBA 5 from the boot sector's copy, then read it back
    mov si, t43
    call puts
    mov word [dap + 2], 1
    mov word [dap + 4], 0x7c00
    mov word [dap + 6], 0
    mov dword [dap + 8], 5
    mov ax, 0x4300
    mov dl, 0x80
    mov si, dap
    int 0x13
    call status
    mov word [dap + 4], 0x4000
    mov ah, 0x42
    mov dl, 0x80
    mov si, dap
    int 0x13
    call status
    mov ax, [0x4000 + 510]
    call hex16
    call newline

    ; errors: past the end, and drive 81h (absent)
    mov si, terr
    call puts
    mov word [dap + 2], 1
    mov dword [dap + 8], 100000
    mov ah, 0x42
    mov dl, 0x80
    mov si, dap
    int 0x13
    call status
    mov ah, 0x42
    mov dl, 0x81
    mov si, dap
    int 0x13
    call status
    call newline

    ; AH=48h: extended parameters (buffer size, sectors, bytes per sector)
    mov si, t48
    call puts
    mov word [params], 0x1a
    mov ah, 0x48
    mov dl, 0x80
    mov si, params
    int 0x13
    call status
    mov eax, [params + 16]
    call hex32
    mov ax, [params + 24]
    call hex16
    call newline

    mov al, 0
    call poweroff

; status: AH and CF after an int 13h call, as [AH CF].
status:
    pushf
    push ax
    setc [carry]
    mov al, '['
    call putc
    mov al, ah
    call hex8
    mov al, [carry]
    call hex8
    mov al, ']'
    call putc
    call space
    pop ax
    popf
    ret

hello: db "<<disk, boot drive ", 0
t08: db "08h ", 0
t41: db "41h ", 0
t02: db "02h ", 0
t42: db "42h ", 0
t43: db "43h ", 0
t48: db "48h ", 0
terr: db "errors ", 0
carry: db 0
align 4
dap: db 0x10, 0
    dw 0, 0, 0
    dd 0, 0
params: times 0x1a db 0

; sectors 16..299: each starts with its LBA
times 16 * 512 - ($ - $$) db 0
%assign lba 16
%rep 284
    dd lba
    times 508 db 0
%assign lba lba + 1
%endrep
