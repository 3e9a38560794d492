// trap.c — where every interrupt and exception arrives (from alltraps in vectors.asm).
//
// IRQs go to their drivers and are acknowledged at the PIC. An exception is either expected
// — today only a page fault vm_fault() can resolve — or a kernel bug, which gets the panic
// screen: no exception is ever ignored, retried blindly or allowed to reboot the machine.
#include "types.h"
#include "kernel.h"
#include "x86.h"
#include "trap.h"

uint32_t ticks;

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
    if (vm_fault(tf, addr)) return;
    panic_trap(tf, vm_fault_reason(addr));
  }
  panic_trap(tf, NULL);
}
