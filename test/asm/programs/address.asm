; Every addressing form, 16- and 32-bit, segment overrides, prefixes, far jumps and calls.
bits 16
    mov ax, [bx]
    mov ax, [bp]
    mov ax, [si+5]
    mov ax, [di-200]
    mov ax, [bx+si]
    mov ax, [bx+di+0x10]
    mov ax, [bp+si-1]
    mov ax, [bp+di+1000]
    mov ax, [0x1234]
    mov al, [es:bx]
    mov [cs:var], ax
    mov word [ds:si], 5
    mov byte [fs:di+3], 7
    mov eax, [ebx+ecx*4+8]
    lea si, [bx+si+var]
    rep movsb
    repne scasb
    lock inc word [bx]
    es lodsb
    jmp 0x1000:0x0010
    call 0x2000:var
    jmp far [bx]
    call far [var]
    push word 5
    push dword 5
    push byte -1
var: dw 0
bits 32
    mov eax, [ebx]
    mov eax, [ebp]
    mov eax, [esp]
    mov eax, [esp+4]
    mov eax, [ebp-8]
    mov eax, [esi+0x12345678]
    mov eax, [ebx+ecx]
    mov eax, [ebx+ecx*2+1]
    mov eax, [ecx*4+data32]
    mov eax, [eax*2]
    mov eax, [eax*3]
    mov eax, [eax*5+4]
    mov eax, [ebx*1]
    mov eax, [esp+ebp]
    mov eax, [ebp+esp*1]
    mov eax, [gs:0x10]
    mov eax, [byte ebx+0]
    mov eax, [dword ebx+1]
    mov [data32], eax
    mov al, [data32+1]
    mov dword [data32], data32
    add dword [ebx], byte 1
    add eax, strict dword 1
    add eax, 0xffffffff
    imul eax, [ebx], 10
    shl dword [eax], 1
    shr eax, cl
    lock cmpxchg [ecx], edx
    xchg [esi], ax
    jmp 0x08:0x12345678
    jmp dword 0x08:data32
    call [eax]
    call far [eax]
    jmp [data32]
    lds esi, [ebx]
    out dx, al
    in eax, dx
    movzx eax, byte [esi]
    movsx ecx, word [edi]
    mov cr3, eax
    mov eax, dr7
    bswap edx
    xadd [edi], eax
    cmovne eax, [ebx]
    setz al
    invlpg [eax]
data32: dd 0
