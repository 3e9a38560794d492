; Symbols named before they are declared or defined: `extern` and `global` after a use, a label
; used before its line (the lines that name it are patched, or read again), as if declared first.
        bits 32
        section .text
        global _start
_start:
        call    foo
        mov     eax, [bar + 4]
        extern  foo
        call    foo
        global  bar
        mov     eax, [bar + 4]
        jmp     done
done:
        ret
        section .data
bar:    dd 1, 2
