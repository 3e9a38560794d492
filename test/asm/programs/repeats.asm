; The same text, the same instruction: a line written as one before takes that one's encoding
; (a constant instruction's bytes; one that names a label, refilled with the label's value) as
; long as it means the same there — not in another section, not a label that turned out to be
; an equ number, not a jump that no longer reaches (those lines are encoded again).
        bits 32
        section .text
start:
        call    helper                  ; forward: not known yet, patched on the second pass
        call    helper
        mov     eax, [table + 8]        ; forward, to another section
        mov     eax, [table + 8]
        lea     ecx, [ebx + esi*2 + table]
        lea     ecx, [ebx + esi*2 + table]
        jmp     far_label               ; short on the first pass, near in the end
        jmp     far_label
        mov     edx, [COUNT + ebx]      ; COUNT is an equ number, defined further on
        mov     edx, [COUNT + ebx]
        push    dword helper
        push    dword helper
helper:
        ret
        call    helper                  ; backward, known
        call    helper
        jz      start                   ; backward, in reach: short
        jz      start
        times 130 nop
        jz      start                   ; out of reach now: near
        jz      start
        section .data
table:  dd 1, 2, 3, 4
        mov     eax, [table + 8]        ; the same text in another section
        call    helper
        section .text
        mov     eax, [table + 8]        ; back in .text, known now
        call    helper
far_label:
        ret
COUNT   equ     16
