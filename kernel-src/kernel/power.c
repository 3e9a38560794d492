// power.c — leaving: power off (halt) and reboot.
//
// Power off uses the isa-debug-exit device that qemu (-device isa-debug-exit,iobase=0xf4) and
// `logos boot` provide: a write to port 0xf4 ends the emulator. On a machine without it the
// write does nothing and the CPU halts with interrupts off.
#include "types.h"
#include "kernel.h"
#include "x86.h"

#define DEBUG_EXIT_PORT 0xf4
#define KBD_STATUS 0x64
#define KBD_CMD_RESET 0xfe

void power_off(void) {
  cli();
  printk("system halted.\n"); // said first: on an emulator the next instruction ends it all
  uart_flush();
  outb(DEBUG_EXIT_PORT, 0);
  halt_forever();
}

// Pulse the CPU's reset line through the keyboard controller; if that fails, a triple fault
// (an empty IDT, then an interrupt) resets any PC.
void reboot(void) {
  cli();
  for (int i = 0; i < 100000 && (inb(KBD_STATUS) & 2); i++)
    ;
  outb(KBD_STATUS, KBD_CMD_RESET);
  struct {
    uint16_t limit;
    uint32_t base;
  } PACKED empty = {0, 0};
  __asm__ volatile("lidt [%0]\n\tint 3" : : "r"(&empty));
  halt_forever();
}
