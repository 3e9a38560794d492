; Data directives, constants and expressions.
bits 32
org 0x1000

WIDTH   equ 80
HEIGHT  equ 25
CELLS   equ WIDTH * HEIGHT
MASK    equ ~0xff & 0xffff
SHIFTED equ (1 << 12) | (3 << 4) ^ 0x5
NEGV    equ -17
DIVS    equ -7 // 2
MODS    equ -7 %% 3
UDIV    equ 100 / 7
UMOD    equ 100 % 7
CHARS   equ 'ab'
BOOL    equ (3 > 2) && (1 == 1) || 0

start:
    dd CELLS, MASK, SHIFTED, NEGV, DIVS, MODS, UDIV, UMOD, CHARS, BOOL
    db 'hello', 0, "world", 10
    db `tab\there\x41\101\0`
    dw 'ab', 'abc', 0x1234, -1
    dd 'abcd', 'a', 3 - 5
    dq 0x123456789abcdef0, -2
    db 0x0f, 0Fh, 0b1010, 1010b, 17q, 0o17, 1_000 & 0xff, $12
label_a:
    dd label_a, label_b - label_a, $ - $$, $, start + 4
    times 3 db 1, 2
    times (label_a - start) / 8 dw 7
    align 16
    db 0xcc
    align 8, db 0x55
    resb 3
    resw 2
label_b:
    dd (label_b - start) * 2
    incbin "data.bin"
    incbin "data.bin", 2
    incbin "data.bin", 1, 2
