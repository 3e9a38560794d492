// panic.c — the panic screen: what went wrong, the registers, a symbolised backtrace; then
// the machine halts. Never a silent reboot.
//
// Everything goes through printk at KERN_EMERG, so it reaches the screen (white on red) and
// COM1 alike, with interrupts off from the first line: nothing else runs after a panic.
#include "types.h"
#include "kernel.h"
#include "x86.h"
#include "trap.h"
#include "ksyms.h"
#include "memlayout.h"

#define MAX_FRAMES 16

extern char boot_stack[], boot_stack_top[];

void halt_forever(void) {
  cli();
  for (;;) hlt();
}

static void banner(void) {
  vga_set_color(VGA_COLOR(VGA_WHITE, VGA_RED));
  printk(KERN_EMERG "\n*** KERNEL PANIC ***\n");
}

static void print_frame(int n, uint32_t addr) {
  uint32_t offset;
  const char *name = ksym_lookup(addr, &offset);
  if (name) printk(KERN_EMERG "  #%d 0x%08x %s+0x%x\n", n, addr, name, offset);
  else printk(KERN_EMERG "  #%d 0x%08x ?\n", n, addr);
}

// A frame pointer is followed only while it points into the boot stack, word-aligned, and
// upwards (each caller's frame is above its callee's): a corrupt stack ends the walk instead
// of faulting inside the panic.
static bool frame_ok(uint32_t ebp, uint32_t below) {
  return ebp > below && (ebp & 3) == 0 && ebp >= (uint32_t)boot_stack &&
         ebp + 8 <= (uint32_t)boot_stack_top;
}

// A run of frames #first..#last with the same return address as the frame before them.
static void print_repeats(int first, int last) {
  if (last >= first)
    printk(KERN_EMERG "  #%d-#%d the same, %d times\n", first, last, last - first + 1);
}

static void print_return(int n, uint32_t ret) {
  uint32_t offset;
  const char *name = ksym_lookup(ret - 1, &offset);
  if (name) printk(KERN_EMERG "  #%d 0x%08x %s+0x%x\n", n, ret, name, offset + 1);
  else printk(KERN_EMERG "  #%d 0x%08x ?\n", n, ret);
}

// Frame #0 is eip itself; each further frame is a return address, looked up one byte back so
// that a call at the very end of a function is still named by that function. A run of frames
// with the same return address (a recursion) is printed as its first frame and a count, so a
// stack overflow's backtrace still reaches the function that started it.
void backtrace(uint32_t eip, uint32_t ebp) {
  printk(KERN_EMERG "backtrace:\n");
  print_frame(0, eip);
  uint32_t below = 0, last = 0;
  int printed = 1, repeats = 0, n = 1;
  for (; printed < MAX_FRAMES && frame_ok(ebp, below); n++) {
    uint32_t *frame = (uint32_t *)ebp;
    uint32_t ret = frame[1];
    if (ret == 0) break;
    below = ebp;
    ebp = frame[0];
    if (ret == last) {
      repeats++;
      continue;
    }
    print_repeats(n - repeats, n - 1);
    repeats = 0;
    print_return(n, ret);
    printed++;
    last = ret;
  }
  print_repeats(n - repeats, n - 1);
}

void panic(const char *fmt, ...) {
  cli();
  banner();
  va_list ap;
  va_start(ap, fmt);
  vprintk(fmt, ap);
  va_end(ap);
  printk(KERN_EMERG "\n");
  uint32_t *frame = (uint32_t *)read_ebp();
  backtrace(frame[1], frame[0]);
  printk(KERN_EMERG "system halted.\n");
  halt_forever();
}

// What a page fault's error code says, in words.
static void describe_page_fault(uint32_t err, char *buf, size_t size) {
  snprintf(buf, size, "%s %s a %s page", err & 4 ? "user" : "kernel",
           err & 16 ? "instruction fetch from" : err & 2 ? "write to" : "read from",
           err & 1 ? "protected" : "non-present");
}

// The panic screen of a trap; esp and ss are where the interrupted code had its stack.
void panic_regs(struct trapframe *tf, uint32_t esp, uint32_t ss, const char *why) {
  cli();
  banner();
  bool user = (tf->cs & 3) != 0;
  printk(KERN_EMERG "%s in %s mode at 0x%08x\n", exception_name(tf->trapno),
         user ? "user" : "kernel", tf->eip);
  char detail[64];
  uint32_t cr2 = rcr2();
  if (tf->trapno == T_PGFLT) {
    describe_page_fault(tf->err, detail, sizeof(detail));
    printk(KERN_EMERG "error code: 0x%08x (%s)\n", tf->err, detail);
  } else {
    printk(KERN_EMERG "error code: 0x%08x\n", tf->err);
  }
  if (why) printk(KERN_EMERG "%s\n", why);
  printk(KERN_EMERG "cr2: 0x%08x  cr3: 0x%08x  cr0: 0x%08x\n", cr2, rcr3(), rcr0());
  printk(KERN_EMERG "eax: 0x%08x  ebx: 0x%08x  ecx: 0x%08x  edx: 0x%08x\n", tf->eax, tf->ebx,
         tf->ecx, tf->edx);
  printk(KERN_EMERG "esi: 0x%08x  edi: 0x%08x  ebp: 0x%08x  esp: 0x%08x\n", tf->esi, tf->edi,
         tf->ebp, esp);
  printk(KERN_EMERG "eip: 0x%08x  eflags: 0x%08x\n", tf->eip, tf->eflags);
  printk(KERN_EMERG "cs: 0x%04x  ds: 0x%04x  es: 0x%04x  fs: 0x%04x  gs: 0x%04x  ss: 0x%04x\n",
         tf->cs, tf->ds & 0xffff, tf->es & 0xffff, tf->fs & 0xffff, tf->gs & 0xffff, ss & 0xffff);
  backtrace(tf->eip, tf->ebp);
  printk(KERN_EMERG "system halted.\n");
  halt_forever();
}

void panic_trap(struct trapframe *tf, const char *why) {
  // From ring 0 the CPU pushed no esp/ss: the stack was where the frame ends.
  bool user = (tf->cs & 3) != 0;
  panic_regs(tf, user ? tf->esp : (uint32_t)&tf->esp, user ? tf->ss : read_ss(), why);
}
