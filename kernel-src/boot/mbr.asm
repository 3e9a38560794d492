; mbr.asm — the master boot record: the first sector of the disk, loaded by the BIOS at 0x7c00.
;
; It has one job: read the second-stage loader (loader.asm) from the sectors right after it
; into 0x8000 with the BIOS's extended read (int 13h, AH=42h, LBA addressing) and jump there
; with DL still holding the boot drive. Where the loader is and how long it is are two fields
; the image builder (compiler/image/image.ts) fills in at build time, as it fills in the
; partition table; nothing here guesses a size.
;
; Layout of the 512 bytes (the offsets are fixed; image.ts writes to them):
;   0x000  code
;   0x1b0  loader_lba     dd   first sector of the loader
;   0x1b4  loader_sectors dw   its length in sectors (1..LOADER_MAX_SECTORS)
;   0x1b8  disk signature dd, then dw 0
;   0x1be  partition table: four 16-byte entries
;   0x1fe  0x55, 0xaa
;
; On failure it says why on the screen and on COM1, then halts (never a reboot loop).

bits 16
org 0x7c00

LOADER_ADDR equ 0x8000

start:
    cli
    xor ax, ax
    mov ds, ax
    mov es, ax
    mov ss, ax
    mov sp, 0x7c00                  ; the stack grows down from just below us
    jmp 0:.flat                     ; some BIOSes enter at 07c0:0000; make CS 0
.flat:
    sti
    cld
    mov [boot_drive], dl

    ; Does the BIOS have the extended (LBA) disk services? int 13h AH=41h, BX=55aah.
    mov ah, 0x41
    mov bx, 0x55aa
    int 0x13
    jc .no_lba
    cmp bx, 0xaa55
    jne .no_lba
    test cl, 1                      ; bit 0: the packet interface (AH=42h) is there
    jz .no_lba

    ; One extended read of the whole loader (it is at most 127 sectors, the classic limit).
    mov ax, [loader_sectors]
    test ax, ax
    jz .bad_loader
    mov [dap.count], ax
    mov eax, [loader_lba]
    mov [dap.lba], eax
    mov si, dap
    mov ah, 0x42
    mov dl, [boot_drive]
    int 0x13
    jc .read_error

    mov dl, [boot_drive]
    jmp 0:LOADER_ADDR

.no_lba:
    mov si, msg_no_lba
    jmp fail
.bad_loader:
    mov si, msg_bad_loader
    jmp fail
.read_error:
    mov si, msg_read_error
    ; fall through

; fail: prints the zero-terminated string at SI (after a fixed prefix) and halts for good.
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

msg_prefix:     db "Logos MBR: ", 0
msg_no_lba:     db "no LBA disk services (int 13h AH=41h)", 13, 10, 0
msg_bad_loader: db "no loader recorded", 13, 10, 0
msg_read_error: db "cannot read the loader", 13, 10, 0

; The disk address packet of int 13h AH=42h.
align 4
dap:
    db 16, 0                        ; packet size, reserved
.count:
    dw 0                            ; sectors to read
    dw LOADER_ADDR, 0               ; buffer offset, segment
.lba:
    dd 0, 0                         ; first sector (64-bit)

boot_drive: db 0

    times 0x1b0 - ($ - $$) db 0
loader_lba:     dd 0
loader_sectors: dw 0
    dw 0
disk_signature: dd 0
    dw 0
partition_table:
    times 64 db 0
    db 0x55, 0xaa
