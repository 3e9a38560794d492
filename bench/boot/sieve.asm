; The CPU-bound boot image of `npm run bench:boot`: a boot sector that enters 32-bit protected
; mode, prints a marker on COM1 (the first guest output, for the start-up time), then runs the
; sieve of Eratosthenes over 2^20 numbers ROUNDS times (a table of dwords, as C's int array),
; prints the number of primes and powers off through isa-debug-exit. The same instructions run
; in qemu and in Logos.
ROUNDS equ 20
LIMIT equ 1 << 20
SIEVE equ 0x100000

bits 16
org 0x7c00
    cli
    xor ax, ax
    mov ds, ax
    mov ss, ax
    mov sp, 0x7c00
    lgdt [gdtr]
    mov eax, cr0
    or eax, 1
    mov cr0, eax
    jmp 0x08:pm

bits 32
pm:
    mov ax, 0x10
    mov ds, ax
    mov es, ax
    mov ss, ax
    mov esp, 0x7c00
    mov esi, marker
    call puts
    mov ebp, ROUNDS
.round:
    ; clear the table, then strike out the multiples of every prime up to sqrt(LIMIT)
    mov edi, SIEVE
    mov ecx, LIMIT
    xor eax, eax
    rep stosd
    mov ebx, 2
.outer:
    mov eax, ebx
    imul eax, ebx
    cmp eax, LIMIT
    jae .count
    cmp dword [SIEVE + ebx * 4], 0
    jne .next
.strike:
    mov dword [SIEVE + eax * 4], 1
    add eax, ebx
    cmp eax, LIMIT
    jb .strike
.next:
    inc ebx
    jmp .outer
.count:
    xor edx, edx
    mov ecx, 2
.tally:
    cmp dword [SIEVE + ecx * 4], 0
    jne .composite
    inc edx
.composite:
    inc ecx
    cmp ecx, LIMIT
    jb .tally
    dec ebp
    jnz .round
    mov eax, edx
    call decimal
    mov al, 10
    call putc
    xor al, al
    out 0xf4, al
    hlt

; decimal: EAX in decimal on COM1
decimal:
    mov ecx, 10
    xor ebx, ebx
.div:
    xor edx, edx
    div ecx
    push edx
    inc ebx
    test eax, eax
    jnz .div
.out:
    pop eax
    add al, '0'
    call putc
    dec ebx
    jnz .out
    ret

puts:
    lodsb
    test al, al
    jz .done
    call putc
    jmp puts
.done:
    ret

putc:
    mov dx, 0x3f8
    out dx, al
    ret

align 8
gdt:
    dq 0
    dq 0x00cf9a000000ffff
    dq 0x00cf92000000ffff
gdtr:
    dw 23
    dd gdt
marker: db "ready", 10, 0

times 510 - ($ - $$) db 0
dw 0xaa55
