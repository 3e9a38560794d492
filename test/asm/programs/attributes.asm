; Section attributes in an object: flags and alignment as nasm gives them, empty sections kept.
section .note.GNU-stack noalloc noexec nowrite progbits
section .mytext exec
    nop
section .mydata write align=8
    db 1
section .text write
    nop
section .bss progbits
    db 1
section .rodata.str align=1
    db "text", 0
section .data
    dd 0
