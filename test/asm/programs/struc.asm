; Structures: struc/endstruc for field offsets, istruc/at/iend for an instance, absolute.
bits 32
struc point
    .x: resd 1
    .y: resd 1
    .name: resb 5
endstruc

struc tss
    .link resw 1
          resw 1
    .esp0 resd 1
endstruc

section .data
p1:
    istruc point
        at point.x, dd 10
        at point.y, dd 20
        at point.name, db "abc"
    iend
p2:
    istruc point
        at point.y, dd 7
    iend
    dd point_size, tss_size, tss.esp0
section .text
    mov eax, [ebx + point.y]
    mov ecx, [p1 + point.name]
absolute 0x500
buf: resb 16
count: resd 1
section .text
    mov eax, [count]
    mov ebx, buf
