; Branch relaxation: short where the target is in reach, near otherwise, found by iteration.
bits 16
org 0

top:
    jmp fwd_short           ; forward, 127 bytes away: short
    times 127 nop
fwd_short:
    jmp fwd_near            ; forward, 128 bytes away: near
    times 128 nop
fwd_near:
    jz back                 ; forward conditional over a chain
    times 100 nop
back:
    jmp top                 ; backward, far: near
    jnz back                ; backward, near by: short
chain1:
    jmp chain3              ; each jump's form depends on the next one's
    times 60 nop
chain2:
    jmp chain4
    times 60 nop
    jmp chain1
chain3:
    times 63 nop
    jmp chain2
chain4:
    loop chain4
    jcxz chain4
    jmp short chain4
    jmp near chain4
    call chain4
bits 32
    jmp chain4
    jmp far32
    times 200 nop
far32:
    je top
    jmp $
    jmp $ + 2
    jmp 0x1234
    call 0x100
bits 16
    jmp 0x7c00
