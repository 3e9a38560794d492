// ksyms.h — the kernel's embedded symbol table (section .ksyms), for symbolised backtraces.
//
// `logosc build` links the kernel twice and fills the table from the first link
// (compiler/image/ksyms.ts writes it). Layout, all fields 32-bit little-endian:
//   count; count × struct ksym sorted by address; then the zero-terminated names.
#ifndef KSYMS_H
#define KSYMS_H

#include "types.h"

struct ksym {
  uint32_t addr; // the symbol's (virtual) address
  uint32_t name; // offset of its name in the strings after the table
};

// The name of the function holding addr and the offset into it, or NULL if none is known.
const char *ksym_lookup(uint32_t addr, uint32_t *offset);

#endif
