// trap.h — the trap frame: what arch/x86/vectors.asm leaves on the stack for trap().
//
// From the bottom (lowest address, where tf points) up: the general registers as pushad
// pushed them, the data segment registers, the vector number and error code (0 when the CPU
// pushes none), and what the CPU itself pushed: eip, cs, eflags — and esp, ss only when the
// interrupt came from a less privileged ring.
#ifndef TRAP_H
#define TRAP_H

#include "types.h"

struct trapframe {
  uint32_t edi, esi, ebp, oesp, ebx, edx, ecx, eax; // pushad (oesp: esp before it; unused)
  uint32_t gs, fs, es, ds;
  uint32_t trapno;
  uint32_t err;
  uint32_t eip, cs, eflags;
  uint32_t esp, ss; // only from user mode
};

#define T_DIVIDE 0
#define T_DEBUG 1
#define T_NMI 2
#define T_BRKPT 3
#define T_ILLOP 6
#define T_DBLFLT 8
#define T_GPFLT 13
#define T_PGFLT 14
#define T_IRQ0 32 // IRQ n arrives at vector T_IRQ0 + n

#define IRQ_TIMER 0
#define IRQ_KBD 1
#define IRQ_COM1 4
#define IRQ_SPURIOUS_MASTER 7
#define IRQ_SPURIOUS_SLAVE 15

// The 32-bit task-state segment (arch/x86/gdt.c). The kernel's TSS gives the stack an
// interrupt from ring 3 switches to (esp0, ss0); a task switch — the double fault's, through
// its task gate — saves the interrupted registers in it and loads the double-fault task's.
struct tss {
  uint32_t link, esp0, ss0, esp1, ss1, esp2, ss2, cr3, eip, eflags;
  uint32_t eax, ecx, edx, ebx, esp, ebp, esi, edi;
  uint32_t es, cs, ss, ds, fs, gs, ldt;
  uint16_t trap, iomap_base;
} PACKED;

// Segment selectors (arch/x86/gdt.c).
#define SEG_KCODE 0x08
#define SEG_KDATA 0x10
#define SEG_UCODE 0x1b
#define SEG_UDATA 0x23
#define SEG_TSS 0x28
#define SEG_DFTSS 0x30 // the double-fault task

#endif
