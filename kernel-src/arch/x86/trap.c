// trap.c — where every interrupt and exception arrives (from alltraps in vectors.asm).
//
// IRQs go to their drivers and are acknowledged at the PIC. An exception is either expected
// — a page fault that vm_fault() resolves, or one at an instruction listed in the exception-
// fixup table (kernel/extable.c), which resumes at its fixup — or a kernel bug, which gets the
// panic screen: no exception is ever ignored, retried blindly or allowed to reboot the machine.
#include "types.h"
#include "kernel.h"
#include "x86.h"
#include "trap.h"

uint32_t ticks;

extern char boot_stack_guard[], boot_stack[];

static const char *const exception_names[32] = {
    "Divide Error (#DE)",
    "Debug (#DB)",
    "Non-Maskable Interrupt",
    "Breakpoint (#BP)",
    "Overflow (#OF)",
    "BOUND Range Exceeded (#BR)",
    "Invalid Opcode (#UD)",
    "Device Not Available (#NM)",
    "Double Fault (#DF)",
    "Coprocessor Segment Overrun",
    "Invalid TSS (#TS)",
    "Segment Not Present (#NP)",
    "Stack-Segment Fault (#SS)",
    "General Protection (#GP)",
    "Page Fault (#PF)",
    "Reserved (15)",
    "x87 Floating-Point Error (#MF)",
    "Alignment Check (#AC)",
    "Machine Check (#MC)",
    "SIMD Floating-Point (#XM)",
    "Virtualization (#VE)",
    "Control Protection (#CP)",
    "Reserved (22)",
    "Reserved (23)",
    "Reserved (24)",
    "Reserved (25)",
    "Reserved (26)",
    "Reserved (27)",
    "Hypervisor Injection (#HV)",
    "VMM Communication (#VC)",
    "Security (#SX)",
    "Reserved (31)",
};

const char *exception_name(uint32_t vector) {
  if (vector < 32) return exception_names[vector];
  if (vector < T_IRQ0 + 16) return "IRQ";
  return "unknown vector";
}

static void irq(int n) {
  if (pic_spurious(n)) return;
  switch (n) {
  case IRQ_TIMER:
    ticks++;
    break;
  case IRQ_KBD:
    kbd_intr();
    break;
  case IRQ_COM1:
    uart_intr();
    break;
  default:
    break; // masked lines cannot arrive; an unmasked one without a driver is ignored
  }
  pic_eoi(n);
}

void trap(struct trapframe *tf) {
  if (tf->trapno >= T_IRQ0 && tf->trapno < T_IRQ0 + 16) {
    irq(tf->trapno - T_IRQ0);
    return;
  }
  if (tf->trapno == T_PGFLT) {
    uint32_t addr = rcr2();
    if (vm_fault(tf, addr) || fixup_exception(tf)) return;
    panic_trap(tf, vm_fault_reason(addr));
  }
  panic_trap(tf, NULL);
}

// The double-fault task's C half (double_fault_task in arch/x86/entry.asm calls it on the
// task's own stack). The task switch saved the interrupted registers in the kernel's TSS. A
// double fault is always fatal; the usual one is a kernel stack overflow: a page fault in the
// boot stack's guard page, which cr2 still holds, that the CPU could not push a frame for.
void double_fault(uint32_t err) {
  struct trapframe tf = {
      .edi = tss.edi, .esi = tss.esi, .ebp = tss.ebp, .ebx = tss.ebx,
      .edx = tss.edx, .ecx = tss.ecx, .eax = tss.eax,
      .gs = tss.gs, .fs = tss.fs, .es = tss.es, .ds = tss.ds,
      .trapno = T_DBLFLT, .err = err,
      .eip = tss.eip, .cs = tss.cs, .eflags = tss.eflags,
  };
  uint32_t cr2 = rcr2();
  bool overflow = cr2 >= (uint32_t)boot_stack_guard && cr2 < (uint32_t)boot_stack;
  panic_regs(&tf, tss.esp, tss.ss, overflow ? vm_fault_reason(cr2) : NULL);
}
