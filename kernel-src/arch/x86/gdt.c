// gdt.c — the global descriptor table: flat kernel and user segments, and the TSS.
//
// Protected mode needs segments even when, as here, they all cover the whole 4 GiB: the
// privilege level lives in them. Kernel code and data run at ring 0; the user segments (ring 3)
// are there for the processes of a later stage. The task-state segment holds the one field an
// interrupt from ring 3 needs — the kernel stack to switch to (esp0, ss0).
//
// A second TSS is the double-fault task. A double fault is what a fault becomes when the CPU
// cannot deliver it — above all a kernel stack overflow: the page fault on the stack's guard
// page cannot push its frame on that same stack. Through an interrupt gate the double fault
// would fail the same way and the CPU would shut down (a silent reboot). Through a task gate
// (idt.c) the CPU switches to this task instead — its own stack, registers and page directory
// — after saving the interrupted state in the kernel's TSS, where double_fault() reads it.
#include "types.h"
#include "kernel.h"
#include "trap.h"
#include "x86.h"

// A segment descriptor, in the CPU's scattered layout.
struct segdesc {
  uint16_t limit_lo, base_lo;
  uint8_t base_mid, access, limit_hi_flags, base_hi;
} PACKED;

struct descriptor_pointer {
  uint16_t limit;
  uint32_t base;
} PACKED;

void gdt_load(struct descriptor_pointer *gdtr);
void tss_load(uint16_t selector);
extern char boot_stack_top[], double_fault_stack_top[], double_fault_task[];

// Access bytes: present, ring, code/data, type.
#define ACC_KCODE 0x9a // present, ring 0, code, readable
#define ACC_KDATA 0x92 // present, ring 0, data, writable
#define ACC_UCODE 0xfa // present, ring 3, code, readable
#define ACC_UDATA 0xf2 // present, ring 3, data, writable
#define ACC_TSS 0x89   // present, ring 0, 32-bit TSS (available)
#define FLAGS_4K_32 0xc // 4 KiB granularity, 32-bit

static struct segdesc gdt[7] __attribute__((aligned(8)));
struct tss tss;                // the kernel's
static struct tss double_fault_tss;

static void set_segment(int i, uint32_t base, uint32_t limit, uint8_t access, uint8_t flags) {
  gdt[i].limit_lo = limit & 0xffff;
  gdt[i].base_lo = base & 0xffff;
  gdt[i].base_mid = (base >> 16) & 0xff;
  gdt[i].access = access;
  gdt[i].limit_hi_flags = (uint8_t)(((limit >> 16) & 0xf) | (flags << 4));
  gdt[i].base_hi = (base >> 24) & 0xff;
}

// The double-fault task starts at double_fault_task (arch/x86/entry.asm) on its own stack,
// in the kernel's segments, with interrupts off, and in the page directory that is current now
// (vm_init moves it to the kernel's own with gdt_set_double_fault_cr3).
static void init_double_fault_task(void) {
  struct tss *t = &double_fault_tss;
  t->eip = (uint32_t)double_fault_task;
  t->esp = (uint32_t)double_fault_stack_top;
  t->cs = SEG_KCODE;
  t->ss = t->ds = t->es = SEG_KDATA;
  t->eflags = 0x2; // bit 1 is always set; IF clear
  t->cr3 = rcr3();
  t->iomap_base = sizeof(*t);
}

void gdt_set_double_fault_cr3(uint32_t cr3) { double_fault_tss.cr3 = cr3; }

void gdt_init(void) {
  set_segment(SEG_KCODE >> 3, 0, 0xfffff, ACC_KCODE, FLAGS_4K_32);
  set_segment(SEG_KDATA >> 3, 0, 0xfffff, ACC_KDATA, FLAGS_4K_32);
  set_segment(SEG_UCODE >> 3, 0, 0xfffff, ACC_UCODE, FLAGS_4K_32);
  set_segment(SEG_UDATA >> 3, 0, 0xfffff, ACC_UDATA, FLAGS_4K_32);
  tss.ss0 = SEG_KDATA;
  tss.esp0 = (uint32_t)boot_stack_top;
  tss.iomap_base = sizeof(tss); // no I/O permission bitmap: ring 3 has no port access
  set_segment(SEG_TSS >> 3, (uint32_t)&tss, sizeof(tss) - 1, ACC_TSS, 0);
  init_double_fault_task();
  set_segment(SEG_DFTSS >> 3, (uint32_t)&double_fault_tss, sizeof(double_fault_tss) - 1, ACC_TSS,
              0);

  struct descriptor_pointer gdtr = {sizeof(gdt) - 1, (uint32_t)gdt};
  gdt_load(&gdtr);
  tss_load(SEG_TSS);
}
