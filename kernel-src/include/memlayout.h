// memlayout.h — where things are, physically and virtually.
//
//   virtual                       physical
//   0x00000000–0xbfffffff         (user space, later issues; nothing mapped in stage 1)
//   0xc0000000–KERNBASE+PHYSTOP   0–PHYSTOP: all physical memory, mapped once (the "direct map");
//                                 the kernel itself sits at 0xc0100000 = 1 MiB
//   0xe0000000–0xefffffff         the kernel heap (kmalloc), mapped page by page as it grows
//
// The boot page tables (arch/x86/entry.asm) also map 0–8 MiB at 0; vm_init drops that.
#ifndef MEMLAYOUT_H
#define MEMLAYOUT_H

#define KERNBASE 0xc0000000u     // first kernel virtual address
#define KERNEL_PHYS 0x00100000u  // where the kernel is loaded
#define PHYSTOP_MAX 0x20000000u  // the direct map covers at most 512 MiB of RAM
#define BOOT_MAPPED 0x00800000u  // the boot page tables map the first 8 MiB
#define KHEAP_START 0xe0000000u
#define KHEAP_END 0xf0000000u

#define PGSIZE 4096u
#define PGSHIFT 12

#define V2P(a) ((uint32_t)(a) - KERNBASE)
#define P2V(a) ((void *)((uint32_t)(a) + KERNBASE))

#endif
