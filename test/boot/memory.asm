; What a boot loader learns about memory: the E820 map (int 15h EAX=E820h, every entry, with the
; continuation value), int 12h (base memory), int 15h AH=88h and AX=E801h (extended memory); and
; int 15h AH=87h, the block move a real-mode loader uses to put a kernel above 1 MiB.
STAGE2 equ 2
%include "stage1.inc"

stage2:
    mov si, hello
    call puts
    xor ebx, ebx
.next:
    mov eax, 0xe820
    mov edx, 0x534d4150         ; 'SMAP'
    mov ecx, 24
    mov di, entry
    int 0x15
    jc .failed
    cmp eax, 0x534d4150
    jne .failed
    push ebx
    mov eax, [entry + 4]
    call hex32
    mov eax, [entry]
    call hex32
    mov eax, [entry + 12]
    call hex32
    mov eax, [entry + 8]
    call hex32
    mov eax, [entry + 16]
    call hex32
    mov ax, cx
    call hex16
    pop ebx
    mov eax, ebx
    call hex32
    call newline
    test ebx, ebx
    jnz .next
    jmp .others
.failed:
    mov si, failed
    call puts
.others:
    int 0x12
    call hex16
    mov ah, 0x88
    int 0x15
    setc bl
    call hex16
    mov al, bl
    call hex8
    mov ax, 0xe801
    int 0x15
    setc bl
    call hex16
    push ax
    mov ax, bx
    call hex8
    mov ax, cx
    call hex16
    mov ax, dx
    call hex16
    pop ax
    call newline
    ; the BDA's base memory word and equipment word
    mov ax, [0x413]
    call hex16
    int 0x11
    and ax, 0x0030              ; the initial video mode bits
    call hex16
    call newline
    ; AH=87h: the boot sector to 2 MiB, and back from there to 0000:5000
    mov dword [gdt + 0x12], 0x7c00
    mov byte [gdt + 0x15], 0x93
    mov dword [gdt + 0x1a], 0x200000
    mov byte [gdt + 0x1d], 0x93
    call move
    mov dword [gdt + 0x12], 0x200000
    mov byte [gdt + 0x15], 0x93
    mov dword [gdt + 0x1a], 0x5000
    mov byte [gdt + 0x1d], 0x93
    call move
    mov ax, [0x5000 + 510]
    call hex16
    call newline
    mov al, 0
    call poweroff

; move: 256 words from the source descriptor's base to the destination's (int 15h AH=87h)
move:
    mov word [gdt + 0x10], 0xffff
    mov word [gdt + 0x18], 0xffff
    mov ah, 0x87
    mov cx, 256
    mov si, gdt
    int 0x15
    setc bl
    mov al, ah
    call hex8
    mov al, bl
    call hex8
    ret

hello: db "<<memory", 13, 10, 0
failed: db "E820 failed", 13, 10, 0
align 4
entry: times 24 db 0
gdt: times 48 db 0

times (STAGE2 + 1) * 512 - ($ - $$) db 0
