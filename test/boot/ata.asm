; The primary ATA channel in PIO mode, as a kernel's disk driver uses it: IDENTIFY DEVICE (the
; geometry, LBA support and capacity words), READ SECTORS with LBA28 — two sectors, one interrupt
; (IRQ 14) and one DRQ phase each — WRITE SECTORS and a read back, a read past the end of the
; disk (an error), and the CMOS bytes a BIOS-less kernel reads: the memory sizes and the date.
STAGE2 equ 3
%include "stage1.inc"

stage2:
    mov si, hello
    call puts
    mov word [0x76 * 4], irq14
    mov word [0x76 * 4 + 2], 0
    mov al, 0xfb                ; the cascade and IRQ 14
    out 0x21, al
    mov al, 0xbf
    out 0xa1, al
    mov dx, 0x3f6
    xor al, al                  ; nIEN = 0: interrupts on
    out dx, al

    ; IDENTIFY DEVICE
    mov si, t_id
    call puts
    mov dx, 0x1f6
    mov al, 0xa0
    out dx, al
    mov al, 0xec
    call command
    mov di, 0x1000
    call read_sector
    mov ax, [0x1000 + 1 * 2]    ; cylinders
    call hex16
    mov ax, [0x1000 + 3 * 2]    ; heads
    call hex16
    mov ax, [0x1000 + 6 * 2]    ; sectors per track
    call hex16
    mov ax, [0x1000 + 49 * 2]
    and ax, 0x0200              ; LBA supported
    call hex16
    mov eax, [0x1000 + 60 * 2]  ; LBA28 sectors
    call hex32
    call newline

    ; READ SECTORS: LBA 20, two sectors
    mov si, t_rd
    call puts
    mov bl, 20
    mov al, 0x20
    call lba_command
    mov di, 0x2000
    call read_sector
    call read_sector
    mov eax, [0x2000]
    call hex32
    mov eax, [0x2200]
    call hex32
    mov al, [irqs]
    call hex8
    mov dx, 0x1f7
    in al, dx
    call hex8
    call newline

    ; WRITE SECTORS: LBA 21 from 0x7c00, then read it back
    mov si, t_wr
    call puts
    mov bl, 21
    mov al, 0x30
    call lba_command
    call wait_drq
    mov si, 0x7c00
    mov cx, 256
    mov dx, 0x1f0
    rep outsw
    call wait_irq
    mov dx, 0x1f7
    in al, dx
    call hex8
    mov bl, 21
    mov al, 0x20
    call lba_command
    mov di, 0x3000
    call read_sector
    mov ax, [0x3000 + 510]
    call hex16
    call newline

    ; past the end: LBA 0x0ffff00
    mov si, t_err
    call puts
    mov dx, 0x1f2
    mov al, 1
    out dx, al
    inc dx
    xor al, al
    out dx, al
    inc dx
    mov al, 0xff
    out dx, al
    inc dx
    out dx, al
    mov dx, 0x1f6
    mov al, 0xe0
    out dx, al
    mov al, 0x20
    call command
    call wait_irq
    mov dx, 0x1f7
    in al, dx
    and al, 0xf9                ; BSY DRDY DF DSC DRQ ERR (not the obsolete bits)
    call hex8
    mov dx, 0x1f1
    in al, dx
    and al, 0x14                ; IDNF, ABRT
    call hex8
    call newline

    ; CMOS: base memory, extended memory (two ways), century, year, month, day
    mov si, t_cmos
    call puts
    mov si, cmos_regs
.cmos:
    lodsb
    cmp al, 0xff
    je .cmos_done
    out 0x70, al
    in al, 0x71
    call hex8
    jmp .cmos
.cmos_done:
    call newline
    mov al, 0
    call poweroff

; lba_command: count 1 (2 for reads of LBA 20), LBA in BL, command AL
lba_command:
    push ax
    mov dx, 0x1f2
    mov al, 2
    cmp bl, 20
    je .count
    mov al, 1
.count:
    out dx, al
    inc dx
    mov al, bl
    out dx, al
    inc dx
    xor al, al
    out dx, al
    inc dx
    out dx, al
    mov dx, 0x1f6
    mov al, 0xe0
    out dx, al
    pop ax
    ; fall through
command:
    mov byte [irq_seen], 0
    mov dx, 0x1f7
    out dx, al
    ret

; read_sector: wait for the interrupt and DRQ, then 256 words into ES:DI
read_sector:
    call wait_irq
    call wait_drq
    mov cx, 256
    mov dx, 0x1f0
    rep insw
    ret

wait_irq:
    cli
.wait:
    cmp byte [irq_seen], 0
    jne .done
    sti
    hlt
    cli
    jmp .wait
.done:
    mov byte [irq_seen], 0
    ret

wait_drq:
    mov dx, 0x3f6
.poll:
    in al, dx
    test al, 0x80
    jnz .poll
    test al, 0x08
    jz .poll
    ret

irq14:
    push ax
    push dx
    mov dx, 0x1f7
    in al, dx                   ; acknowledges the interrupt
    inc byte [irqs]
    mov byte [irq_seen], 1
    mov al, 0x20
    out 0xa0, al
    out 0x20, al
    pop dx
    pop ax
    iret

hello: db "<<ata", 13, 10, 0
t_id: db "identify ", 0
t_rd: db "read ", 0
t_wr: db "write ", 0
t_err: db "error ", 0
t_cmos: db "cmos ", 0
cmos_regs: db 0x15, 0x16, 0x17, 0x18, 0x30, 0x31, 0x34, 0x35, 0x32, 0x09, 0x08, 0x07, 0x0b, 0x0d, 0xff
irqs: db 0
irq_seen: db 0

times 20 * 512 - ($ - $$) db 0
dd 20
times 508 db 0
dd 21
times 508 db 0
dd 22
times 508 db 0
