// idt.c — the interrupt descriptor table: the 32 CPU exceptions and the 16 IRQs.
//
// Every gate points at its stub in vectors.asm (16 bytes apart) and is an interrupt gate, so
// the CPU clears IF on entry: trap() always starts with interrupts off. The double fault is
// the exception: a task gate to the double-fault task (gdt.c), which has a stack of its own. The other 208 vectors
// stay not-present; raising one is a #GP, which the panic screen reports.
#include "types.h"
#include "kernel.h"
#include "trap.h"

struct gatedesc {
  uint16_t offset_lo, selector;
  uint8_t zero, type_attr;
  uint16_t offset_hi;
} PACKED;

struct descriptor_pointer {
  uint16_t limit;
  uint32_t base;
} PACKED;

#define GATE_INTR 0x8e // present, ring 0, 32-bit interrupt gate
#define GATE_TASK 0x85 // present, ring 0, task gate
#define NVECTORS 48
#define STUB_SIZE 16

extern char vector_stubs[];
void idt_load(struct descriptor_pointer *idtr);

static struct gatedesc idt[256] __attribute__((aligned(8)));

static void set_gate(int n, uint32_t handler, uint8_t type_attr) {
  idt[n].offset_lo = handler & 0xffff;
  idt[n].selector = SEG_KCODE;
  idt[n].zero = 0;
  idt[n].type_attr = type_attr;
  idt[n].offset_hi = handler >> 16;
}

void idt_init(void) {
  for (int n = 0; n < NVECTORS; n++)
    set_gate(n, (uint32_t)vector_stubs + n * STUB_SIZE, GATE_INTR);
  set_gate(T_DBLFLT, 0, GATE_TASK);
  idt[T_DBLFLT].selector = SEG_DFTSS;
  struct descriptor_pointer idtr = {sizeof(idt) - 1, (uint32_t)idt};
  idt_load(&idtr);
}
