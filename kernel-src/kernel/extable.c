// extable.c — the exception-fixup table: faults the kernel expects.
//
// __ex_table (built by the linker from every object's section of that name; see
// arch/x86/nofault.asm) pairs the address of each instruction allowed to fault with the
// address to resume at. A fault anywhere else in the kernel is a bug.
#include "types.h"
#include "kernel.h"
#include "trap.h"

struct extable_entry {
  uint32_t insn;  // the instruction that may fault
  uint32_t fixup; // where to resume when it does
};

extern const struct extable_entry __ex_table_start[], __ex_table_end[];

// Resumes a kernel-mode fault at its fixup, if the faulting instruction has one.
bool fixup_exception(struct trapframe *tf) {
  if (tf->cs & 3) return false; // user mode: not the kernel's to fix up
  for (const struct extable_entry *e = __ex_table_start; e < __ex_table_end; e++) {
    if (e->insn == tf->eip) {
      tf->eip = e->fixup;
      return true;
    }
  }
  return false;
}
