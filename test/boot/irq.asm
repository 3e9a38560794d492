; Hardware interrupts in real mode, through handlers the image installs in the IVT: the PIT's
; channel 0 at 100 Hz (IRQ 0), the keyboard (IRQ 1, bytes put in the controller's output buffer
; with command D2h), the 16550's transmitter-empty interrupt (IRQ 4), the RTC's periodic interrupt
; (IRQ 8, through the slave PIC), then the BIOS's own timer handler counting ticks for int 1Ah,
; and the PIT's channel 2 seen at port 61h. The image waits with `sti; hlt` (the interrupt shadow
; of sti holds a pending interrupt off until hlt) and looks with interrupts off, so no interrupt
; can arrive between its test and its hlt.
STAGE2 equ 2
%include "stage1.inc"

stage2:
    mov si, hello
    call puts
    mov eax, [8 * 4]
    mov [bios_irq0], eax
    mov word [8 * 4], irq0
    mov word [8 * 4 + 2], 0
    mov word [9 * 4], irq1
    mov word [9 * 4 + 2], 0
    mov word [0x0c * 4], irq4
    mov word [0x0c * 4 + 2], 0
    mov word [0x70 * 4], irq8
    mov word [0x70 * 4 + 2], 0

    ; PIT channel 0: mode 2, 11932 (100 Hz); only IRQ 0 unmasked
    mov al, 0x34
    out 0x43, al
    mov ax, 11932
    out 0x40, al
    mov al, ah
    out 0x40, al
    mov al, 0xfe
    out 0x21, al
    mov al, 0xff
    out 0xa1, al

.ticks:
    sti
    hlt
    cli
    cmp word [ticks], 5
    jb .ticks
    cli
    mov si, t_pit
    call puts
    mov ax, [ticks]
    call hex16
    call newline

    ; keyboard: two bytes through the controller's output buffer, IRQ 1 only
    mov al, 0xfd
    out 0x21, al
    mov al, 0xd2
    out 0x64, al
    mov al, 0x1e
    out 0x60, al
.key1:
    sti
    hlt
    cli
    cmp byte [nkeys], 1
    jb .key1
    mov al, 0xd2
    out 0x64, al
    mov al, 0x9e
    out 0x60, al
.key2:
    sti
    hlt
    cli
    cmp byte [nkeys], 2
    jb .key2
    cli
    mov si, t_kbd
    call puts
    mov al, [keys]
    call hex8
    mov al, [keys + 1]
    call hex8
    call newline

    ; COM1: THR-empty interrupt (IER bit 1, OUT2), IRQ 4 only
    mov al, 0xef
    out 0x21, al
    mov dx, 0x3fc
    mov al, 0x08
    out dx, al
    mov dx, 0x3f9
    mov al, 0x02
    out dx, al
.uart:
    sti
    hlt
    cli
    cmp byte [uart_iir], 0
    je .uart
    cli
    mov dx, 0x3f9
    xor al, al
    out dx, al
    mov si, t_uart
    call puts
    mov al, [uart_iir]
    call hex8
    call newline

    ; RTC periodic interrupt at 1024 Hz, IRQ 8 (slave) and the cascade
    mov al, 0xfb
    out 0x21, al
    mov al, 0xfe
    out 0xa1, al
    mov al, 0x0a
    out 0x70, al
    mov al, 0x26
    out 0x71, al
    mov al, 0x0b
    out 0x70, al
    in al, 0x71
    or al, 0x40
    mov ah, al
    mov al, 0x0b
    out 0x70, al
    mov al, ah
    out 0x71, al
.rtc:
    sti
    hlt
    cli
    cmp byte [rtc_count], 3
    jb .rtc
    cli
    mov al, 0x0b
    out 0x70, al
    in al, 0x71
    and al, 0xbf
    mov ah, al
    mov al, 0x0b
    out 0x70, al
    mov al, ah
    out 0x71, al
    mov si, t_rtc
    call puts
    mov al, [rtc_count]
    call hex8
    mov al, [rtc_c]
    call hex8
    call newline

    ; the BIOS's timer handler back, PIT at its 18.2 Hz: int 1Ah ticks advance by two
    mov eax, [bios_irq0]
    mov [8 * 4], eax
    mov al, 0x34
    out 0x43, al
    xor al, al
    out 0x40, al
    out 0x40, al
    mov al, 0xfe
    out 0x21, al
    xor ah, ah
    int 0x1a
    mov [start_tick], dx
.bios:
    sti
    hlt
    cli
    xor ah, ah
    int 0x1a
    sub dx, [start_tick]
    cmp dx, 2
    jb .bios
    cli
    mov si, t_bios
    call puts
    mov ax, dx
    call hex16
    call newline

    ; PIT channel 2, mode 0, gated by port 61h bit 0: its output (bit 5) goes high at the count
    in al, 0x61
    and al, 0xfc
    out 0x61, al
    mov al, 0xb0
    out 0x43, al
    mov al, 0xe8
    out 0x42, al
    mov al, 0x03
    out 0x42, al
    in al, 0x61
    and al, 0x20
    mov bl, al
    in al, 0x61
    or al, 1
    out 0x61, al
.gate:
    in al, 0x61
    test al, 0x20
    jz .gate
    mov si, t_ch2
    call puts
    mov al, bl
    call hex8
    in al, 0x61
    and al, 0x21
    call hex8
    call newline
    mov al, 0
    call poweroff

irq0:
    inc word [ticks]
    push ax
    mov al, 0x20
    out 0x20, al
    pop ax
    iret

irq1:
    push ax
    push bx
    in al, 0x60
    movzx bx, byte [nkeys]
    mov [keys + bx], al
    inc byte [nkeys]
    mov al, 0x20
    out 0x20, al
    pop bx
    pop ax
    iret

irq4:
    push ax
    push dx
    mov dx, 0x3fa
    in al, dx
    mov [uart_iir], al
    mov al, 0x20
    out 0x20, al
    pop dx
    pop ax
    iret

irq8:
    push ax
    mov al, 0x0c
    out 0x70, al
    in al, 0x71
    and al, 0xc0
    mov [rtc_c], al
    inc byte [rtc_count]
    mov al, 0x20
    out 0xa0, al
    out 0x20, al
    pop ax
    iret

hello: db "<<interrupts", 13, 10, 0
t_pit: db "pit ", 0
t_kbd: db "keyboard ", 0
t_uart: db "uart ", 0
t_rtc: db "rtc ", 0
t_bios: db "bios ticks ", 0
t_ch2: db "channel 2 ", 0
ticks: dw 0
nkeys: db 0
keys: db 0, 0
uart_iir: db 0
rtc_count: db 0
rtc_c: db 0
start_tick: dw 0
align 4
bios_irq0: dd 0

times (STAGE2 + 1) * 512 - ($ - $$) db 0
