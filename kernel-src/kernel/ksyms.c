// ksyms.c — looking up code addresses in the kernel's embedded symbol table (ksyms.h).
#include "types.h"
#include "kernel.h"
#include "ksyms.h"

extern char __ksyms_start[], __ksyms_end[];
extern char __etext[];

// Binary search for the last symbol at or below addr. The table is sorted by address.
const char *ksym_lookup(uint32_t addr, uint32_t *offset) {
  if (__ksyms_end - __ksyms_start < 4) return NULL; // not embedded (a plain link)
  uint32_t count = *(uint32_t *)__ksyms_start;
  const struct ksym *syms = (const struct ksym *)(__ksyms_start + 4);
  const char *names = (const char *)(syms + count);
  if (count == 0 || addr < syms[0].addr || addr >= (uint32_t)__etext) return NULL;
  uint32_t lo = 0, hi = count - 1;
  while (lo < hi) {
    uint32_t mid = (lo + hi + 1) / 2;
    if (syms[mid].addr <= addr) lo = mid;
    else hi = mid - 1;
  }
  *offset = addr - syms[lo].addr;
  return names + syms[lo].name;
}
