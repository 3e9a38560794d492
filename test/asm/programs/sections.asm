; -f bin with several sections: .text first, the others after it aligned, .bss last.
org 0x100
section .data
d1: db 1
section .text
    mov ax, d1
    mov bx, b1
    mov cx, c1
    mov dx, r1
    jmp done
section .bss
b1: resb 3
section mine align=16
c1: db 7
section .rodata
r1: db 9
section .text
done:
    mov si, end_of_data
    ret
section .data
    align 8
end_of_data: dw $ - $$
