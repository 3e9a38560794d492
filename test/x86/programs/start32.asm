; A complete little program: _start sums a table through a helper and exits with the result.
bits 32
section .text
global _start
_start:
    mov esi, table
    mov ecx, 4
    xor eax, eax
.next:
    push ecx
    call add_entry
    pop ecx
    loop .next
    mov ebx, eax
    mov eax, 1
    int 0x80
add_entry:
    add eax, [esi]
    add esi, 4
    ret
section .data
table: dd 1, 2, 3, 4
