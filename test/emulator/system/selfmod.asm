; Code and data in one page, checked against qemu-system-i386: a loop that updates a variable
; next to its own code (which must not cost a re-decode each time), then code that patches an
; instruction's immediate and jumps to it (which must run the new bytes).
bits 16
org 0x7c00

start:
    cli
    xor ax, ax
    mov ds, ax
    mov es, ax
    mov ss, ax
    mov sp, 0x7c00
    mov si, msg_hello
    call puts
    mov cx, 50000
.count:
    inc word [counter]
    add word [sum], cx
    loop .count
    mov ax, [counter]
    call hex16
    mov ax, [sum]
    call hex16
    ; patch the immediate of "mov al, ..." three times, jumping to it after each patch
    mov dl, 'a'
again:
    mov [patch + 1], dl
    jmp patch
patch:
    mov al, '?'
    out 0xe9, al
    inc dl
    cmp dl, 'd'
    jne again
    mov al, 10
    out 0xe9, al
    mov al, 0
    out 0xf4, al
    hlt

puts:
    lodsb
    test al, al
    jz .done
    out 0xe9, al
    jmp puts
.done:
    ret

hex16:
    push cx
    mov cx, 4
.digit:
    rol ax, 4
    push ax
    and ax, 15
    mov bx, ax
    mov al, [hexdigits + bx]
    out 0xe9, al
    pop ax
    loop .digit
    mov al, ' '
    out 0xe9, al
    pop cx
    ret

hexdigits: db "0123456789abcdef"
msg_hello: db "<<code and data", 10, 0
counter: dw 0
sum: dw 0

times 510 - ($ - $$) db 0
dw 0xaa55
