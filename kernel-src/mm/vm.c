// vm.c — the kernel's page tables: all of RAM mapped once at KERNBASE, and nothing below it.
//
// The boot page tables (arch/x86/entry.asm) map 0–8 MiB twice, at 0 and at KERNBASE. vm_init
// builds the kernel's own page directory — the direct map of [0, phys_top()) with the kernel's
// code read-only and the boot stack's guard page left out — and switches to it: from then on
// the low identity map is gone, and a stray pointer below KERNBASE faults instead of quietly
// reaching physical memory. CR0.WP makes
// read-only pages read-only for the kernel too.
#include "types.h"
#include "kernel.h"
#include "x86.h"
#include "trap.h"
#include "memlayout.h"

#define PTE_P 0x001
#define PTE_W 0x002
#define PDX(va) ((va) >> 22)
#define PTX(va) (((va) >> 12) & 0x3ff)
#define PTE_ADDR(e) ((e) & ~0xfffu)

static uint32_t *kpgdir;

extern char __kernel_start[], __etext[], boot_stack_guard[], boot_stack[];

// The page-table entry for va, making the page table if `create` (NULL if it cannot).
static uint32_t *walk(uint32_t *pgdir, uint32_t va, bool create) {
  uint32_t *pde = &pgdir[PDX(va)];
  uint32_t *table;
  if (*pde & PTE_P) {
    table = P2V(PTE_ADDR(*pde));
  } else {
    if (!create || !(table = page_alloc())) return NULL;
    memset(table, 0, PGSIZE);
    *pde = V2P(table) | PTE_P | PTE_W;
  }
  return &table[PTX(va)];
}

static void map_range(uint32_t va, uint32_t pa, uint32_t size, uint32_t flags) {
  for (uint32_t off = 0; off < size; off += PGSIZE) {
    uint32_t *pte = walk(kpgdir, va + off, true);
    if (!pte) panic("vm_init: out of memory for page tables");
    *pte = (pa + off) | flags | PTE_P;
  }
}

void vm_init(void) {
  kpgdir = page_alloc();
  if (!kpgdir) panic("vm_init: no page for the page directory");
  memset(kpgdir, 0, PGSIZE);
  map_range(KERNBASE, 0, phys_top(), PTE_W);
  // The kernel's code (and the Multiboot header before it) becomes read-only.
  uint32_t text = ROUNDDOWN((uint32_t)__kernel_start, PGSIZE);
  uint32_t etext = ROUNDUP((uint32_t)__etext, PGSIZE);
  for (uint32_t va = text; va < etext; va += PGSIZE) *walk(kpgdir, va, false) &= ~PTE_W;
  // The page below the boot stack stays unmapped: an overflow faults instead of overwriting.
  *walk(kpgdir, (uint32_t)boot_stack_guard, false) = 0;
  lcr3(V2P(kpgdir));
  gdt_set_double_fault_cr3(V2P(kpgdir));
}

// Maps one page of the kernel's address space (above KERNBASE: the heap).
bool vm_map_page(uint32_t va, uint32_t pa, uint32_t flags) {
  uint32_t *pte = walk(kpgdir, va, true);
  if (!pte) return false;
  if (*pte & PTE_P) panic("vm_map_page: 0x%08x is already mapped", va);
  *pte = pa | flags | PTE_P;
  invlpg(va);
  return true;
}

// Resolves a page fault by mapping what should be there, or returns false. Stage 1 maps
// nothing on demand: no user processes, no demand paging, no copy-on-write. (The faults the
// kernel expects are those of kernel/extable.c, which trap() tries next.)
bool vm_fault(struct trapframe *tf, uint32_t addr) {
  (void)tf;
  (void)addr;
  return false;
}

// What a faulting address says about the bug, for the panic screen.
const char *vm_fault_reason(uint32_t addr) {
  if (addr < PGSIZE) return "kernel bug: NULL pointer dereference";
  if (addr < KERNBASE) return "kernel bug: access below KERNBASE (the low identity map is gone)";
  if (addr >= (uint32_t)__kernel_start && addr < (uint32_t)__etext)
    return "kernel bug: write to the kernel's code";
  if (addr >= KHEAP_START && addr < KHEAP_END) return "kernel bug: heap address not mapped";
  if (addr >= (uint32_t)boot_stack_guard && addr < (uint32_t)boot_stack)
    return "kernel bug: kernel stack overflow (into the guard page below the boot stack)";
  return "kernel bug: access to an unmapped kernel address";
}
