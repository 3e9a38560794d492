// pic.c — the two 8259A programmable interrupt controllers.
//
// At power-on the master PIC delivers IRQs 0–7 at vectors 8–15, on top of the CPU's
// exceptions; pic_init moves IRQs 0–15 to vectors 32–47 (T_IRQ0) and masks every line until a
// driver enables its own. A line the PIC raises with nothing in service (IRQ 7 or 15) is
// spurious and gets no end-of-interrupt on that chip.
#include "types.h"
#include "kernel.h"
#include "x86.h"
#include "trap.h"

#define PIC1_CMD 0x20
#define PIC1_DATA 0x21
#define PIC2_CMD 0xa0
#define PIC2_DATA 0xa1
#define PIC_EOI 0x20
#define PIC_READ_ISR 0x0b
#define IRQ_CASCADE 2

static uint16_t irq_mask = 0xffff & ~(1 << IRQ_CASCADE);

static void write_mask(void) {
  outb(PIC1_DATA, irq_mask & 0xff);
  outb(PIC2_DATA, irq_mask >> 8);
}

void pic_init(void) {
  outb(PIC1_CMD, 0x11); // ICW1: initialise, ICW4 follows
  outb(PIC2_CMD, 0x11);
  outb(PIC1_DATA, T_IRQ0); // ICW2: vector offsets
  outb(PIC2_DATA, T_IRQ0 + 8);
  outb(PIC1_DATA, 1 << IRQ_CASCADE); // ICW3: the slave is on IRQ 2
  outb(PIC2_DATA, IRQ_CASCADE);
  outb(PIC1_DATA, 0x01); // ICW4: 8086 mode
  outb(PIC2_DATA, 0x01);
  write_mask();
}

void pic_enable(int irq) {
  irq_mask &= ~(1 << irq);
  write_mask();
}

void pic_eoi(int irq) {
  if (irq >= 8) outb(PIC2_CMD, PIC_EOI);
  outb(PIC1_CMD, PIC_EOI);
}

// An IRQ 7 or 15 that is not in the in-service register was never really raised. A spurious
// IRQ 15 still needs an EOI on the master, which saw a real cascade interrupt.
bool pic_spurious(int irq) {
  if (irq == IRQ_SPURIOUS_MASTER) {
    outb(PIC1_CMD, PIC_READ_ISR);
    return (inb(PIC1_CMD) & 0x80) == 0;
  }
  if (irq == IRQ_SPURIOUS_SLAVE) {
    outb(PIC2_CMD, PIC_READ_ISR);
    if ((inb(PIC2_CMD) & 0x80) == 0) {
      outb(PIC1_CMD, PIC_EOI);
      return true;
    }
  }
  return false;
}
