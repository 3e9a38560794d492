; The preprocessor: %define, %if, %rep, %macro with counts, defaults, greedy and local labels.
%include "macros.mac"
bits 32
%define DOUBLE(x) ((x) * 2)
%define VERSION 3
%xdefine BASE VERSION + 1

%macro zero 1-3 ebx, ecx
    xor %1, %1
    xor %2, %2
    xor %3, %3
%endmacro

%macro pushall 1-*
    db %0
%endmacro

%macro print_str 1+
    db %1, 0
%endmacro

%macro spin 0
%%again:
    nop
    jmp %%again
%endmacro

    mov eax, DOUBLE(VERSION)
    mov ebx, BASE
    zero eax
    zero eax, edx
    zero eax, edx, esi
    pushall 1, 2, 3, 4
    print_str "a", "b", "c"
    spin
    spin
%ifdef VERSION
    db 1
%else
    db 2
%endif
%if VERSION > 2
    db 3
%elif VERSION > 1
    db 4
%else
    db 5
%endif
%ifndef NOT_DEFINED
    db 6
%endif
%undef VERSION
%ifdef VERSION
    db 7
%endif
%assign n 1
%rep 5
    db n
%assign n n * 2
%endrep
    SHARED_MACRO 9
label: SHARED_MACRO 10
; A jump forward over more than 127 bytes: short on the first pass, near once the layout is known,
; so a second pass reads the whole program again (the include, the macros, their %%labels).
    jz far_ahead
    spin
%rep 40
    SHARED_MACRO 11
%endrep
far_ahead:
    spin
