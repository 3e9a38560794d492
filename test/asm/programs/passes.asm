; The passes: code whose layout settles only after several rounds, for the assembler's caches
; (an instruction's bytes refilled on later passes, a constant instruction known by its text).
; Jumps grow from short to near as the code between them grows, addresses refer forward to
; other sections, `equ` values depend on labels, the same text means different instructions.
        bits 32
SCALE   equ     4
        section .text
start:
        jmp     far_away                ; short on pass 1, near once the table below is known
        jz      .near_enough
        call    helper                  ; a call forward, then back (below)
        mov     eax, [table + 4]        ; a forward reference to another section
        lea     ecx, [ebx + esi*2 + table]
        mov     edx, [ebx*SCALE + table] ; the scale is a symbol
        mov     ecx, LENGTH             ; a number that depends on labels
        mov     eax, [ebx + LENGTH]     ; ... as a displacement: disp8 or disp32
        add     eax, LENGTH
        mov     dword [ebp - 8], table_end - table
.near_enough:
        mov     eax, $
        jmp     $ + 2
        loop    .near_enough
        push    eax                     ; the same text again and again
        push    eax
        mov     ebx, ecx
        mov     ebx, ecx
%define REG ebx
        mov     eax, REG                ; written the same as below, but REG is ebx here ...
%undef REG
%define REG ecx
        mov     eax, REG                ; ... and ecx here
%macro load 1
        mov     eax, %1
        mov     eax, %1
%endmacro
        load    edx
        load    esi
        bits 16
        mov     ebx, ecx                ; the same text in 16-bit code: other bytes
        push    eax
        bits 32
        mov     ebx, ecx
grow:
        times   120 nop                 ; the jumps over this become near
        jmp     short grow
        jmp     start                   ; backwards: near, the distance is known
far_away:
        ret
helper:
        call    start
        jnz     start
        ret
here_end:
LENGTH  equ     here_end - start.near_enough

        section .data
        dd      0
table:
        dd      start, helper, far_away, 0
        times 40 dd here_end - start
table_end:
