; For `logos boot --symbols`: a boot sector assembled as an ELF object and linked twice, once as
; an ELF executable (whose symbols name addresses in the fault report) and once as the flat disk
; image. It triple-faults in real mode at `crash` (no interrupt vectors at all).
bits 16
section .text
global start, crash
start:
    lidt [empty]
    nop
crash:
    ud2
empty: dw 0, 0, 0
times 510 - ($ - $$) db 0
dw 0xaa55
