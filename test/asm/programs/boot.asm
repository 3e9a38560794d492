; A boot sector: real mode, print a string with the BIOS, load the kernel, enter protected mode.
bits 16
org 0x7c00

KERNEL_SEG equ 0x1000
SECTORS    equ 16

start:
    cli
    xor ax, ax
    mov ds, ax
    mov es, ax
    mov ss, ax
    mov sp, 0x7c00
    sti
    mov [boot_drive], dl
    mov si, banner
    call print
    ; Read the kernel with int 13h (CHS 0/0/2), retrying on error.
    mov cx, 3
.retry:
    push cx
    mov ax, KERNEL_SEG
    mov es, ax
    xor bx, bx
    mov ah, 0x02
    mov al, SECTORS
    mov ch, 0
    mov cl, 2
    mov dh, 0
    mov dl, [boot_drive]
    int 0x13
    pop cx
    jnc .loaded
    loop .retry
    mov si, disk_error
    call print
    jmp $
.loaded:
    in al, 0x92
    or al, 2
    out 0x92, al
    lgdt [gdt_desc]
    mov eax, cr0
    or eax, 1
    mov cr0, eax
    jmp 0x08:protected

; print: SI = zero-terminated string
print:
    pusha
.next:
    lodsb
    test al, al
    jz .done
    mov ah, 0x0e
    mov bx, 7
    int 0x10
    jmp .next
.done:
    popa
    ret

bits 32
protected:
    mov ax, 0x10
    mov ds, ax
    mov es, ax
    mov fs, ax
    mov gs, ax
    mov ss, ax
    mov esp, 0x90000
    mov esi, KERNEL_SEG << 4
    mov edi, 0x100000
    mov ecx, SECTORS * 512 / 4
    cld
    rep movsd
    mov byte [0xb8000], 'L'
    mov byte [0xb8001], 0x1f
    jmp 0x08:0x100000

gdt:
    dq 0
    dw 0xffff, 0
    db 0, 10011010b, 11001111b, 0
    dw 0xffff, 0
    db 0, 10010010b, 11001111b, 0
gdt_end:
gdt_desc:
    dw gdt_end - gdt - 1
    dd gdt

boot_drive: db 0
banner:     db "Logos boot", 13, 10, 0
disk_error: db `disk error\r\n`, 0

    times 510 - ($ - $$) db 0
    dw 0xaa55
