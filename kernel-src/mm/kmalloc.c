// kmalloc.c — the kernel heap: variable-sized blocks carved from pages mapped at KHEAP_START.
//
// Every block starts with a 16-byte header (its size and state); sizes are multiples of 16,
// so every pointer kmalloc returns is 16-byte aligned. Free blocks are on one list sorted by
// address: kmalloc takes the first that fits and splits off the rest when the rest can hold a
// block; kfree puts the block back in address order and merges it with the free neighbours
// that touch it, so the list never holds two adjacent blocks. When nothing fits, the heap
// grows by mapping fresh pages at its end.
//
// Invariants: a block is on the free list if and only if its magic is FREE; the blocks tile
// [KHEAP_START, heap_end) exactly. kfree of a block that is not ALLOC (a double free, a wild
// pointer) panics rather than corrupting the list — so kmalloc never returns memory in use.
#include "types.h"
#include "kernel.h"
#include "memlayout.h"

#define MAGIC_FREE 0x46524545  // "FREE"
#define MAGIC_ALLOC 0x414c4c43 // "ALLC"
#define ALIGN 16
#define GROW_MIN (16 * 1024) // grow the heap at least this much at a time
#define JUNK 0x6b            // freed bytes, as Linux poisons them

#define PTE_W 0x002

struct block {
  uint32_t size;      // bytes, header included; a multiple of ALIGN
  uint32_t magic;     // MAGIC_FREE or MAGIC_ALLOC
  struct block *next; // next free block (free blocks only)
  uint32_t pad;
};

static struct block *freelist;
static uint32_t heap_end = KHEAP_START;
static uint32_t used, allocations;

// Puts a free block on the list in address order and merges it with touching neighbours.
static void insert_free(struct block *b) {
  b->magic = MAGIC_FREE;
  struct block *prev = NULL, *p = freelist;
  while (p && p < b) prev = p, p = p->next;
  b->next = p;
  if (prev) prev->next = b;
  else freelist = b;
  if (p && (char *)b + b->size == (char *)p) { // merge with the next block
    b->size += p->size;
    b->next = p->next;
    p->magic = 0;
  }
  if (prev && (char *)prev + prev->size == (char *)b) { // and with the previous one
    prev->size += b->size;
    prev->next = b->next;
    b->magic = 0;
  }
}

// Maps at least `bytes` more heap and frees it onto the list. False when out of memory.
static bool grow(uint32_t bytes) {
  bytes = ROUNDUP(bytes < GROW_MIN ? GROW_MIN : bytes, PGSIZE);
  if (bytes > KHEAP_END - heap_end) return false;
  uint32_t start = heap_end;
  for (uint32_t off = 0; off < bytes; off += PGSIZE) {
    void *page = page_alloc();
    if (!page || !vm_map_page(start + off, V2P(page), PTE_W)) {
      if (page) page_free(page);
      bytes = off; // keep what was mapped
      break;
    }
  }
  if (bytes == 0) return false;
  heap_end = start + bytes;
  struct block *b = (struct block *)start;
  b->size = bytes;
  insert_free(b);
  return true;
}

void *kmalloc(size_t n) {
  if (n == 0 || n > KHEAP_END - KHEAP_START) return NULL;
  uint32_t size = ROUNDUP(n + sizeof(struct block), ALIGN);
  for (;;) {
    struct block *prev = NULL;
    for (struct block *b = freelist; b; prev = b, b = b->next) {
      if (b->size < size) continue;
      if (b->size - size >= 2 * sizeof(struct block)) { // split: the tail stays free
        struct block *rest = (struct block *)((char *)b + size);
        rest->size = b->size - size;
        rest->magic = MAGIC_FREE;
        rest->next = b->next;
        b->size = size;
        b->next = rest;
      }
      if (prev) prev->next = b->next;
      else freelist = b->next;
      b->magic = MAGIC_ALLOC;
      b->next = NULL;
      used += b->size;
      allocations++;
      return b + 1;
    }
    if (!grow(size)) return NULL;
  }
}

void kfree(void *p) {
  if (!p) return;
  struct block *b = (struct block *)p - 1;
  if ((uint32_t)b < KHEAP_START || (uint32_t)b >= heap_end || (uint32_t)p % ALIGN)
    panic("kfree: %p is not a heap pointer", p);
  if (b->magic != MAGIC_ALLOC)
    panic("kfree: %p is not an allocated block (freed twice?)", p);
  used -= b->size;
  allocations--;
  memset(p, JUNK, b->size - sizeof(struct block));
  insert_free(b);
}

void kheap_stats(struct heap_stats *st) {
  st->size = heap_end - KHEAP_START;
  st->used = used;
  st->allocations = allocations;
  st->free_blocks = 0;
  for (struct block *b = freelist; b; b = b->next) st->free_blocks++;
}
