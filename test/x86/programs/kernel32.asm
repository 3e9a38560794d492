; Interrupt stubs and a few kernel routines, the kind of code logosc's back end and the kernel have.
bits 32
section .text
global isr_common, memcpy, outb, load_cr3, spin_lock
extern trap
isr_common:
    pusha
    push ds
    push es
    push fs
    push gs
    mov ax, 0x10
    mov ds, ax
    mov es, ax
    push esp
    call trap
    add esp, 4
    pop gs
    pop fs
    pop es
    pop ds
    popa
    add esp, 8
    iret
memcpy:
    push ebp
    mov ebp, esp
    push esi
    push edi
    mov edi, [ebp+8]
    mov esi, [ebp+12]
    mov ecx, [ebp+16]
    cld
    rep movsb
    mov eax, [ebp+8]
    pop edi
    pop esi
    leave
    ret
outb:
    mov dx, [esp+4]
    mov al, [esp+8]
    out dx, al
    ret
load_cr3:
    mov eax, [esp+4]
    mov cr3, eax
    invlpg [eax]
    ret
spin_lock:
    mov edx, [esp+4]
.retry:
    mov eax, 1
    xchg eax, [edx]
    test eax, eax
    jnz .retry
    lock cmpxchg [edx], ecx
    movzx eax, byte [table+ecx*4]
    movsx ecx, word [edx+ebx*2-8]
    setne al
    cmovl eax, ebx
    shld eax, edx, 4
    bt dword [counter], 3
    imul eax, [ebx+4], -7
    cdq
    idiv ecx
    ret
section .data
table: dd 1, 2, 3, 4
counter: dd 0
