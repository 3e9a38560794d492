// pit.c — the 8253/8254 programmable interval timer, channel 0, at HZ (100) interrupts a
// second on IRQ 0. trap() counts them in `ticks`: the uptime clock.
#include "types.h"
#include "kernel.h"
#include "x86.h"
#include "trap.h"

#define PIT_CH0 0x40
#define PIT_CMD 0x43
#define PIT_FREQ 1193182 // the PIT's input clock, Hz

void pit_init(void) {
  uint32_t divisor = (PIT_FREQ + HZ / 2) / HZ;
  outb(PIT_CMD, 0x34); // channel 0, low byte then high byte, mode 2 (rate generator)
  outb(PIT_CH0, divisor & 0xff);
  outb(PIT_CH0, divisor >> 8);
  pic_enable(IRQ_TIMER);
}
