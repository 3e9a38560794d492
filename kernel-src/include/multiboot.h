// multiboot.h — the part of the Multiboot (version 0.6.96) boot information the kernel reads
// when a Multiboot loader such as qemu -kernel starts it. All addresses are physical.
#ifndef MULTIBOOT_H
#define MULTIBOOT_H

#include "types.h"

#define MULTIBOOT_MAGIC 0x2badb002 // in EAX at entry

#define MULTIBOOT_INFO_MEMORY 0x001  // mem_lower, mem_upper are valid
#define MULTIBOOT_INFO_CMDLINE 0x004 // cmdline is valid
#define MULTIBOOT_INFO_MMAP 0x040    // mmap_length, mmap_addr are valid

struct multiboot_info {
  uint32_t flags;
  uint32_t mem_lower, mem_upper; // KiB below 1 MiB, KiB above 1 MiB
  uint32_t boot_device;
  uint32_t cmdline;
  uint32_t mods_count, mods_addr;
  uint32_t syms[4];
  uint32_t mmap_length, mmap_addr;
} PACKED;

// A memory-map entry; `size` does not count itself, so the next entry is at +size+4.
struct multiboot_mmap_entry {
  uint32_t size;
  uint32_t base_lo, base_hi;
  uint32_t length_lo, length_hi;
  uint32_t type;
} PACKED;

#endif
