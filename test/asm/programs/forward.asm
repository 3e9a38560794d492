; Forward references whose room is right from the first pass: the second pass assembles again
; only the lines that named a label further on (the rest keep their first-pass bytes), in place.
; Lines that name a known symbol and one further on, in code and in data, keep one fixup each.
        bits 32
        section .text
start:
        mov     dword [counter], later  ; a known address and one further on
        mov     eax, [table + 8]        ; another section, further on
        lea     esi, [ebx + edi*4 + table]
        push    later
        jz      .skip                   ; short, and still short
        inc     eax
.skip:
        call    later
        dd      start, later, later - start, counter
later:
        ret
        section .data
counter:
        dd      0, start, later
table:
        times 4 dd 0x11111111
