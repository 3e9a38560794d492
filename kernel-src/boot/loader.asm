; loader.asm — the second-stage boot loader. The MBR loads it at 0x8000 and jumps to its first
; byte in real mode, with the boot drive in DL.
;
; In order, it:
;   1. collects the BIOS memory map (int 15h, EAX=E820h) into the boot-info structure;
;   2. enables the A20 line and checks that it really is on (BIOS, keyboard controller, port 92h);
;   3. checks that the kernel fits in usable memory, then reads it from disk with int 13h AH=42h
;      (LBA) in 32 KiB pieces into a bounce buffer below 1 MiB, copying each piece to its load
;      address above 1 MiB from a short trip into protected mode;
;   4. enters 32-bit protected mode with flat segments, zeroes the kernel's .bss, and jumps to the
;      kernel's entry point with EAX = BOOTINFO_MAGIC and EBX = the boot-info structure.
;
; The boot-info structure (kernel-src/include/bootinfo.h has the C view, and the layout is
; documented there) is part of this file, at offset 16. The image builder fills in the kernel's
; place on disk, its size (in sectors, rounded up: the loader never loads too little), its load
; and entry addresses and the command line; the loader fills in the rest at boot.
;
; Memory while it runs: 0x0500–0x7bff stack, 0x7c00 the MBR, 0x8000–0xffff this loader (at most
; LOADER_MAX_SECTORS = 64 sectors), 0x10000–0x17fff the bounce buffer. Nothing above 1 MiB but
; the kernel is touched. Any failure prints "Logos loader: <why>" on screen and COM1 and halts.

bits 16
org 0x8000

BOOTINFO_MAGIC  equ 0x4c4f474f      ; "OGOL" in memory: EAX at kernel entry, and bootinfo.magic
BOUNCE_SEG      equ 0x1000          ; the bounce buffer: 0x1000:0000 = physical 0x10000
CHUNK_SECTORS   equ 64              ; one read: 32 KiB, well inside a 64 KiB DMA boundary
MMAP_MAX        equ 32

; struct bootinfo (bootinfo.h), field offsets.
BI_MAGIC          equ 0
BI_VERSION        equ 4
BI_SIZE           equ 8
BI_BOOT_DRIVE     equ 12
BI_KERNEL_LBA     equ 16
BI_KERNEL_SECTORS equ 20
BI_KERNEL_START   equ 24
BI_KERNEL_FILESZ  equ 28
BI_KERNEL_MEMSZ   equ 32
BI_KERNEL_ENTRY   equ 36
BI_INITRD_LBA     equ 40
BI_INITRD_SECTORS equ 44
BI_INITRD_SIZE    equ 48
BI_INITRD_START   equ 52
BI_A20_METHOD     equ 56
BI_MMAP_COUNT     equ 60
BI_MMAP           equ 64            ; MMAP_MAX entries of 24 bytes
BI_CMDLINE        equ 832           ; 128 bytes, zero-terminated
BI_SIZEOF         equ 960

    jmp start
    times 16 - ($ - $$) db 0

; The boot-info structure, at loader offset 16. Zero until the image builder and the loader
; fill it in; the magic, version and size are checked by both.
bootinfo:
    dd BOOTINFO_MAGIC
    dd 1                            ; version
    dd BI_SIZEOF
    times BI_SIZEOF - ($ - bootinfo) db 0

start:
    cli
    xor ax, ax
    mov ds, ax
    mov es, ax
    mov ss, ax
    mov sp, 0x7c00
    sti
    cld
    mov [bootinfo + BI_BOOT_DRIVE], dl

    call serial_init                ; for the messages of fail

    call memory_map
    call enable_a20
    call check_fits
    call load_kernel
    jmp enter_protected_mode

; memory_map: int 15h, EAX=E820h, one 24-byte entry per call into bootinfo.mmap. Entries of
; length 0 are dropped. The ACPI attribute word is preset to 1 (valid) for BIOSes that return
; only 20 bytes. More than MMAP_MAX entries: the rest are left out (a PC has about a dozen).
memory_map:
    mov di, bootinfo + BI_MMAP
    xor ebx, ebx                    ; continuation value: 0 = first call
    xor bp, bp                      ; entries kept
.next:
    mov dword [di + 20], 1
    mov eax, 0xe820
    mov edx, 0x534d4150             ; "SMAP"
    mov ecx, 24
    int 0x15
    jc .end                         ; carry: unsupported (first call) or past the end
    cmp eax, 0x534d4150
    jne .end
    mov eax, [di + 8]
    or eax, [di + 12]
    jz .skip                        ; an empty range
    inc bp
    add di, 24
    cmp bp, MMAP_MAX
    je .end
.skip:
    test ebx, ebx                   ; 0: that was the last entry
    jnz .next
.end:
    mov [bootinfo + BI_MMAP_COUNT], bp
    test bp, bp
    jnz .ok
    mov si, msg_no_e820
    jmp fail
.ok:
    ret

; enable_a20: tries each way of opening the A20 gate until a20_on says it is open, and records
; which worked (0 = it already was, 1 = BIOS int 15h AX=2401h, 2 = keyboard controller,
; 3 = "fast A20" port 92h).
enable_a20:
    call a20_on
    jnz .done0
    mov ax, 0x2401
    int 0x15
    call a20_on
    jnz .done1
    call kbc_wait
    mov al, 0xd1                    ; keyboard controller: write the output port
    out 0x64, al
    call kbc_wait
    mov al, 0xdf                    ; output port value with A20 (bit 1) set
    out 0x60, al
    call kbc_wait
    call a20_on
    jnz .done2
    in al, 0x92
    or al, 2
    and al, 0xfe                    ; bit 0 would reset the machine
    out 0x92, al
    call a20_on
    jnz .done3
    mov si, msg_no_a20
    jmp fail
.done0:
    xor eax, eax
    jmp .record
.done1:
    mov eax, 1
    jmp .record
.done2:
    mov eax, 2
    jmp .record
.done3:
    mov eax, 3
.record:
    mov [bootinfo + BI_A20_METHOD], eax
    ret

; kbc_wait: waits (a bounded time) for the keyboard controller's input buffer to be empty.
kbc_wait:
    mov cx, 0xffff
.poll:
    in al, 0x64
    test al, 2
    jz .ready
    loop .poll
.ready:
    ret

; a20_on: ZF clear when A20 is enabled. 0000:0500 and ffff:0510 are the same byte when the
; 21st address line is held low (addresses wrap at 1 MiB); write different values to both and
; see whether one write shows through the other. Both bytes are restored.
a20_on:
    push ds
    push es
    xor ax, ax
    mov ds, ax
    not ax
    mov es, ax
    mov al, [ds:0x0500]
    mov ah, [es:0x0510]
    push ax
    mov byte [ds:0x0500], 0x00
    mov byte [es:0x0510], 0xff
    cmp byte [ds:0x0500], 0xff      ; ZF set: the write to ffff:0510 landed at 0000:0500
    pop ax
    mov [es:0x0510], ah
    mov [ds:0x0500], al
    pop es
    pop ds
    ret

; check_fits: the kernel's load range must lie inside one usable (type 1) memory-map entry
; below 4 GiB; otherwise the loader stops here instead of writing where no RAM is. The range
; covers the whole sectors read (they may run past .bss by less than a sector).
check_fits:
    mov eax, [bootinfo + BI_KERNEL_SECTORS]
    test eax, eax
    jz .no_kernel
    shl eax, 9
    cmp eax, [bootinfo + BI_KERNEL_FILESZ]
    jb .truncated                   ; never: the builder rounds up; checked anyway
    cmp eax, [bootinfo + BI_KERNEL_MEMSZ]
    jae .have_size
    mov eax, [bootinfo + BI_KERNEL_MEMSZ]
.have_size:
    mov esi, [bootinfo + BI_KERNEL_START]
    mov edi, esi
    add edi, eax                    ; EDI = end of the range
    jc .too_big
    mov bx, bootinfo + BI_MMAP
    mov cx, [bootinfo + BI_MMAP_COUNT]
.entry:
    cmp dword [bx + 16], 1          ; usable RAM
    jne .next
    cmp dword [bx + 4], 0           ; starts above 4 GiB
    jne .next
    cmp esi, [bx]                   ; range start >= entry base
    jb .next
    mov eax, [bx]
    mov edx, [bx + 12]
    add eax, [bx + 8]               ; entry end = base + length (64-bit: EDX:EAX)
    adc edx, [bx + 4]
    jnz .fits                       ; the entry reaches past 4 GiB
    cmp edi, eax
    jbe .fits
.next:
    add bx, 24
    loop .entry
.too_big:
    mov si, msg_no_room
    jmp fail
.no_kernel:
    mov si, msg_no_kernel
    jmp fail
.truncated:
    mov si, msg_truncated
    jmp fail
.fits:
    ret

; load_kernel: reads bootinfo.kernel_sectors sectors from bootinfo.kernel_lba to
; bootinfo.kernel_start, CHUNK_SECTORS at a time through the bounce buffer.
load_kernel:
    mov eax, [bootinfo + BI_KERNEL_LBA]
    mov [dap.lba], eax
    mov eax, [bootinfo + BI_KERNEL_START]
    mov [load_dest], eax
    mov eax, [bootinfo + BI_KERNEL_SECTORS]
    mov [load_left], eax
.chunk:
    mov eax, [load_left]
    test eax, eax
    jz .done
    cmp eax, CHUNK_SECTORS
    jbe .sized
    mov eax, CHUNK_SECTORS
.sized:
    mov [dap.count], ax
    mov si, dap
    mov ah, 0x42
    mov dl, [bootinfo + BI_BOOT_DRIVE]
    int 0x13
    jc .error
    movzx ecx, word [dap.count]
    sub [load_left], ecx
    add [dap.lba], ecx
    shl ecx, 7                      ; sectors → dwords
    mov esi, BOUNCE_SEG * 16
    mov edi, [load_dest]
    call copy_high
    mov [load_dest], edi
    jmp .chunk
.error:
    mov si, msg_read_error
    jmp fail
.done:
    ret

; copy_high: copies ECX dwords from physical ESI to physical EDI (anywhere in 4 GiB), returning
; EDI past the copy. Real mode cannot address above 1 MiB, so it switches to protected mode,
; copies with flat 32-bit segments, and comes back through a 16-bit segment with real-mode
; limits before clearing CR0.PE (so the segment caches hold real-mode values again).
copy_high:
    cli
    push ds
    push es
    lgdt [gdt_descriptor]
    mov eax, cr0
    or al, 1
    mov cr0, eax
    jmp CODE32:.protected
bits 32
.protected:
    mov ax, DATA32
    mov ds, ax
    mov es, ax
    rep movsd
    jmp CODE16:.back16
bits 16
.back16:
    mov ax, DATA16
    mov ds, ax
    mov es, ax
    mov eax, cr0
    and al, 0xfe
    mov cr0, eax
    jmp 0:.real
.real:
    pop es
    pop ds
    sti
    ret

; enter_protected_mode: for good this time. Flat segments, interrupts off, paging off — the
; machine state Multiboot also promises — then .bss zeroed and the jump to the kernel.
enter_protected_mode:
    cli
    lgdt [gdt_descriptor]
    mov eax, cr0
    or al, 1
    mov cr0, eax
    jmp CODE32:.flat
bits 32
.flat:
    mov ax, DATA32
    mov ds, ax
    mov es, ax
    mov fs, ax
    mov gs, ax
    mov ss, ax
    mov esp, 0x7c00
    mov edi, [bootinfo + BI_KERNEL_START]
    add edi, [bootinfo + BI_KERNEL_FILESZ]
    mov ecx, [bootinfo + BI_KERNEL_MEMSZ]
    sub ecx, [bootinfo + BI_KERNEL_FILESZ]
    xor eax, eax
    rep stosb                       ; .bss = 0
    mov eax, BOOTINFO_MAGIC
    mov ebx, bootinfo
    jmp [bootinfo + BI_KERNEL_ENTRY]
bits 16

; serial_init: COM1 at 115200 baud, 8 data bits, no parity, one stop bit, FIFOs on.
serial_init:
    mov dx, 0x3f9
    xor al, al
    out dx, al                      ; no UART interrupts
    mov dx, 0x3fb
    mov al, 0x80
    out dx, al                      ; DLAB: the next two ports are the divisor
    mov dx, 0x3f8
    mov al, 1
    out dx, al                      ; divisor 1 = 115200 baud
    mov dx, 0x3f9
    xor al, al
    out dx, al
    mov dx, 0x3fb
    mov al, 0x03
    out dx, al                      ; 8N1, DLAB off
    mov dx, 0x3fa
    mov al, 0xc7
    out dx, al                      ; FIFOs on and cleared
    mov dx, 0x3fc
    mov al, 0x0b
    out dx, al                      ; DTR, RTS, OUT2
    ret

; fail: prints "Logos loader: " and the string at SI, then halts for good.
fail:
    push si
    mov si, msg_prefix
    call print
    pop si
    call print
.halt:
    cli
    hlt
    jmp .halt

%include "print.inc"

; The descriptors: flat 32-bit code and data for the kernel, and 16-bit ones (base 0, limit
; 64 KiB) for the way back to real mode in copy_high.
CODE32 equ 0x08
DATA32 equ 0x10
CODE16 equ 0x18
DATA16 equ 0x20
align 8
gdt:
    dq 0
    dq 0x00cf9a000000ffff           ; 0x08: code, base 0, limit 4 GiB, 32-bit
    dq 0x00cf92000000ffff           ; 0x10: data, base 0, limit 4 GiB
    dq 0x00009a000000ffff           ; 0x18: code, base 0, limit 64 KiB, 16-bit
    dq 0x000092000000ffff           ; 0x20: data, base 0, limit 64 KiB
gdt_end:
gdt_descriptor:
    dw gdt_end - gdt - 1
    dd gdt

; The disk address packet of int 13h AH=42h; the buffer is the bounce buffer.
align 4
dap:
    db 16, 0
.count:
    dw 0
    dw 0, BOUNCE_SEG
.lba:
    dd 0, 0

load_dest: dd 0
load_left: dd 0

msg_prefix:    db "Logos loader: ", 0
msg_no_e820:   db "no E820 memory map from the BIOS", 13, 10, 0
msg_no_a20:    db "cannot enable the A20 line", 13, 10, 0
msg_no_kernel: db "no kernel recorded in the image", 13, 10, 0
msg_truncated: db "kernel sector count too small for its size", 13, 10, 0
msg_no_room:   db "no usable memory for the kernel at its load address", 13, 10, 0
msg_read_error: db "cannot read the kernel from disk", 13, 10, 0
