; Input for scripted runs: keys read through int 16h (AH=01h to look, AH=00h to take) are printed
; on COM1 as the BIOS's scan code and ASCII words ("k:1e61"); bytes arriving on COM1 are echoed
; ("s:41"). A 'q' from either ends the run. Between looks the image sleeps in hlt, woken by the
; BIOS's timer, the keyboard or the serial port.
STAGE2 equ 1
%include "stage1.inc"

stage2:
    mov si, hello
    call puts
.loop:
    mov ah, 0x01
    int 0x16
    jz .serial
    xor ah, ah
    int 0x16
    push ax
    mov si, t_key
    call puts
    call hex16
    pop ax
    cmp al, 'q'
    je .done
.serial:
    mov dx, 0x3fd
    in al, dx
    test al, 1
    jz .sleep
    mov dx, 0x3f8
    in al, dx
    push ax
    mov si, t_ser
    call puts
    call hex8
    pop ax
    cmp al, 'q'
    je .done
    jmp .loop
.sleep:
    sti
    hlt
    jmp .loop
.done:
    call newline
    mov al, 0
    call poweroff

hello: db "<<keys", 13, 10, 0
t_key: db "k:", 0
t_ser: db "s:", 0

times (STAGE2 + 1) * 512 - ($ - $$) db 0
