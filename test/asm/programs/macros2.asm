; More of the preprocessor: %rotate over variadic arguments, %ifidn, %ifnum, %ifstr, %ifid.
bits 32

%macro multipush 1-*
%rep %0
    push %1
%rotate 1
%endrep
%endmacro

%macro multipop 1-*
%rep %0
%rotate -1
    pop %1
%endrep
%endmacro

%macro load 2
%ifidni %1, eax
    mov eax, %2             ; already the accumulator
%elifidn %1, ebx
    mov ebx, %2
%else
    mov %1, %2
    xchg eax, %1
%endif
%endmacro

%macro kind 1
%ifnum %1
    db 1
%elifstr %1
    db 2
%elifid %1
    db 3
%else
    db 4
%endif
%endmacro

    multipush eax, ebx, ecx, edx
    multipop eax, ebx, ecx, edx
    load EAX, 1
    load ebx, 2
    load ecx, 3
    kind 5
    kind "s"
    kind foo
    kind [x]
%ifndef NOTHING
%ifnidn a, b
    db 0x55
%endif
%endif
x: dd 0
