// x86.h — the instructions C cannot say, as small inline functions (GCC asm, Intel syntax).
#ifndef X86_H
#define X86_H

#include "types.h"

static inline uint8_t inb(uint16_t port) {
  uint8_t v;
  __asm__ volatile("in al, dx" : "=a"(v) : "d"(port));
  return v;
}

static inline void outb(uint16_t port, uint8_t v) {
  __asm__ volatile("out dx, al" : : "d"(port), "a"(v));
}

static inline void outw(uint16_t port, uint16_t v) {
  __asm__ volatile("out dx, ax" : : "d"(port), "a"(v));
}

static inline void cli(void) { __asm__ volatile("cli" : : : "memory"); }
static inline void sti(void) { __asm__ volatile("sti" : : : "memory"); }
static inline void hlt(void) { __asm__ volatile("hlt"); }

// Waits for an interrupt with interrupts enabled, and returns with them disabled again. sti
// takes effect after the next instruction, so no interrupt can slip in between it and hlt.
static inline void wait_for_interrupt(void) { __asm__ volatile("sti\n\thlt\n\tcli" : : : "memory"); }

static inline uint32_t read_eflags(void) {
  uint32_t v;
  __asm__ volatile("pushfd\n\tpop %0" : "=r"(v));
  return v;
}

static inline uint32_t rcr0(void) {
  uint32_t v;
  __asm__ volatile("mov %0, cr0" : "=r"(v));
  return v;
}

static inline uint32_t rcr2(void) {
  uint32_t v;
  __asm__ volatile("mov %0, cr2" : "=r"(v));
  return v;
}

static inline uint32_t rcr3(void) {
  uint32_t v;
  __asm__ volatile("mov %0, cr3" : "=r"(v));
  return v;
}

static inline void lcr3(uint32_t v) { __asm__ volatile("mov cr3, %0" : : "r"(v) : "memory"); }

static inline uint32_t read_ebp(void) {
  uint32_t v;
  __asm__ volatile("mov %0, ebp" : "=r"(v));
  return v;
}

static inline uint32_t read_esp(void) {
  uint32_t v;
  __asm__ volatile("mov %0, esp" : "=r"(v));
  return v;
}

static inline uint16_t read_ss(void) {
  uint16_t v;
  __asm__ volatile("mov %0, ss" : "=r"(v));
  return v;
}

static inline void invlpg(uint32_t va) {
  __asm__ volatile("invlpg [%0]" : : "r"(va) : "memory");
}

static inline void cpuid(uint32_t leaf, uint32_t *a, uint32_t *b, uint32_t *c, uint32_t *d) {
  __asm__ volatile("cpuid" : "=a"(*a), "=b"(*b), "=c"(*c), "=d"(*d) : "a"(leaf), "c"(0));
}

// EFLAGS.IF: interrupts enabled.
#define FL_IF 0x200

// CR0 bits.
#define CR0_PE 0x00000001
#define CR0_WP 0x00010000
#define CR0_PG 0x80000000

#endif
