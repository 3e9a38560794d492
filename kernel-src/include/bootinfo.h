// bootinfo.h — what the boot loader hands the kernel: struct bootinfo.
//
// The loader (boot/loader.asm) jumps to the kernel's entry in 32-bit protected mode, paging
// off, with EAX = BOOTINFO_MAGIC and EBX = the physical address of this structure (it lives in
// the loader's own memory, below 1 MiB; the kernel copies it before it reuses any memory).
// A Multiboot loader (qemu -kernel) passes its own information instead (EAX = MULTIBOOT_MAGIC);
// kernel/bootinfo.c turns that into the same structure, so the rest of the kernel sees one.
//
// The image builder (compiler/image/image.ts) fills in the fields marked [build] at build time;
// the loader fills in those marked [boot]. The layout is fixed — the assembly (loader.asm) and
// the image builder use the same offsets, given here beside each field.
#ifndef BOOTINFO_H
#define BOOTINFO_H

#include "types.h"

#define BOOTINFO_MAGIC 0x4c4f474f // "OGOL" in memory
#define BOOTINFO_VERSION 1
#define BOOTINFO_MMAP_MAX 32
#define BOOTINFO_CMDLINE_MAX 128

// The types of memory-map entries, as the BIOS's int 15h E820h reports them.
#define E820_USABLE 1
#define E820_RESERVED 2
#define E820_ACPI 3
#define E820_NVS 4
#define E820_BAD 5

// One memory-map entry (24 bytes). Addresses are 64-bit, kept as two halves (no long long).
struct e820_entry {
  uint32_t base_lo, base_hi;     // first byte
  uint32_t length_lo, length_hi; // size in bytes
  uint32_t type;                 // E820_*
  uint32_t attributes;           // ACPI 3.0 extended attributes (1 = valid)
} PACKED;

struct bootinfo {
  uint32_t magic;          //   0 [build] BOOTINFO_MAGIC
  uint32_t version;        //   4 [build] BOOTINFO_VERSION
  uint32_t size;           //   8 [build] sizeof(struct bootinfo) = 960
  uint32_t boot_drive;     //  12 [boot]  BIOS drive number (0x80 = first hard disk)
  uint32_t kernel_lba;     //  16 [build] first disk sector of the kernel
  uint32_t kernel_sectors; //  20 [build] sectors read (covers kernel_filesz)
  uint32_t kernel_start;   //  24 [build] physical load address (1 MiB)
  uint32_t kernel_filesz;  //  28 [build] bytes loaded from disk
  uint32_t kernel_memsz;   //  32 [build] bytes in memory, .bss included (zeroed by the loader)
  uint32_t kernel_entry;   //  36 [build] physical entry address
  uint32_t initrd_lba;     //  40 [build] first sector of the room reserved for an initramfs
  uint32_t initrd_sectors; //  44 [build] size of that room
  uint32_t initrd_size;    //  48 [build] bytes of initramfs in it (0: none yet)
  uint32_t initrd_start;   //  52 [boot]  physical address it was loaded at (0: not loaded)
  uint32_t a20_method;     //  56 [boot]  0 was on, 1 BIOS, 2 keyboard controller, 3 port 92h
  uint32_t mmap_count;     //  60 [boot]  entries in mmap
  struct e820_entry mmap[BOOTINFO_MMAP_MAX]; //  64 [boot] the E820 map, in BIOS order
  char cmdline[BOOTINFO_CMDLINE_MAX];        // 832 [build] zero-terminated command line
} PACKED; // 960 bytes

#endif
