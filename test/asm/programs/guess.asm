; A line that moved since the last pass takes a label further on as if the label moved with it
; (a guess that makes the passes settle sooner). Here the guess is wrong: the jumps grow from
; short to near, the addresses below shrink from disp32 to disp8 once COUNT is known to be a
; small number, and far_label ends where it was. The pass that guessed must not be the last.
        bits 32
        jmp     far_label
        jmp     far_label
        mov     edx, [COUNT + ebx]
        mov     edx, [COUNT + ebx]
        times 130 nop
far_label:
        ret
COUNT   equ     16
