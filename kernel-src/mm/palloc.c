// palloc.c — the physical page allocator: every free 4 KiB page of RAM on one list.
//
// The pages come from the E820 map: usable ranges only, whole pages only, nothing below 1 MiB
// (BIOS data, the loader and its boot-info, the VGA memory) and nothing of the kernel image.
// A free page holds the list link in its first word. The direct map (memlayout.h) makes every
// page reachable at P2V(pa); before vm_init only the boot tables' 8 MiB are, so the pages
// above come in palloc_init_late, after the kernel's own page tables map all of RAM.
//
// A bitmap records which pages are handed out, so freeing a page twice, or a page that was
// never the allocator's, is caught at once instead of corrupting the list.
#include "types.h"
#include "kernel.h"
#include "bootinfo.h"
#include "memlayout.h"

struct run {
  struct run *next;
};

static struct run *freelist;
static uint32_t nfree, ntotal;
static uint32_t top; // end of usable RAM, capped at PHYSTOP_MAX; invariant: page-aligned
static uint8_t in_use[PHYSTOP_MAX / PGSIZE / 8]; // bit set: not on the free list

extern char __kernel_start[], __kernel_end[];

#define JUNK_FREE 0x01 // freed pages are filled with this, to expose use after free

static bool bit(uint32_t pa) { return in_use[pa / PGSIZE / 8] & (1 << (pa / PGSIZE % 8)); }
static void set_bit(uint32_t pa) { in_use[pa / PGSIZE / 8] |= (uint8_t)(1 << (pa / PGSIZE % 8)); }
static void clear_bit(uint32_t pa) { in_use[pa / PGSIZE / 8] &= (uint8_t)~(1 << (pa / PGSIZE % 8)); }

static void push(uint32_t pa) {
  struct run *r = P2V(pa);
  r->next = freelist;
  freelist = r;
  clear_bit(pa);
  nfree++;
}

// Adds the usable pages of [lo, hi) to the free list.
static void free_usable(uint32_t lo, uint32_t hi) {
  uint32_t kstart = V2P(__kernel_start), kend = V2P(__kernel_end);
  for (uint32_t i = 0; i < bootinfo.mmap_count; i++) {
    const struct e820_entry *e = &bootinfo.mmap[i];
    if (e->type != E820_USABLE || e->base_hi != 0) continue;
    uint32_t start = ROUNDUP(e->base_lo, PGSIZE);
    // The end, clipped to 4 GiB (an entry may reach past it).
    uint32_t end = (e->length_hi || e->base_lo + e->length_lo < e->base_lo)
                       ? 0xfffff000u
                       : ROUNDDOWN(e->base_lo + e->length_lo, PGSIZE);
    if (start < lo) start = lo;
    if (end > hi) end = hi;
    for (uint32_t pa = start; pa + PGSIZE <= end && pa >= start; pa += PGSIZE) {
      if (pa + PGSIZE > kstart && pa < kend) continue;
      if (!bit(pa)) continue; // listed twice in an overlapping map
      push(pa);
      ntotal++;
    }
  }
}

// The top of usable RAM below PHYSTOP_MAX: how far the direct map must reach.
static uint32_t usable_top(void) {
  uint32_t t = 0;
  for (uint32_t i = 0; i < bootinfo.mmap_count; i++) {
    const struct e820_entry *e = &bootinfo.mmap[i];
    if (e->type != E820_USABLE || e->base_hi != 0) continue;
    uint32_t end = e->base_lo + e->length_lo;
    if (e->length_hi || end < e->base_lo || end > PHYSTOP_MAX) end = PHYSTOP_MAX;
    if (end > t) t = end;
  }
  return ROUNDDOWN(t, PGSIZE);
}

void palloc_init_early(void) {
  memset(in_use, 0xff, sizeof(in_use));
  top = usable_top();
  if (top < BOOT_MAPPED) panic("only %u KiB of RAM: the kernel needs 8 MiB", top / 1024);
  free_usable(0x100000, BOOT_MAPPED);
}

void palloc_init_late(void) { free_usable(BOOT_MAPPED, top); }

// A page, or NULL when there is none left. Its contents are undefined.
void *page_alloc(void) {
  struct run *r = freelist;
  if (!r) return NULL;
  freelist = r->next;
  nfree--;
  set_bit(V2P(r));
  return r;
}

void page_free(void *va) {
  uint32_t pa = V2P(va);
  if ((uint32_t)va < KERNBASE || pa % PGSIZE || pa < 0x100000 || pa >= top)
    panic("page_free: %p is not a page of RAM", va);
  if (!bit(pa)) panic("page_free: %p freed twice", va);
  memset(va, JUNK_FREE, PGSIZE);
  push(pa);
}

uint32_t pages_free(void) { return nfree; }
uint32_t pages_total(void) { return ntotal; }
uint32_t phys_top(void) { return top; }
