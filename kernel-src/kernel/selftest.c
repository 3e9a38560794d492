// selftest.c — the heap, page-allocator and copy_nofault self-test (`selftest` in the monitor).
//
// Thousands of random allocations and frees, driven by a fixed-seed generator so that every
// run does the same thing on every machine. Each live allocation is filled with a pattern
// made from its slot and serial number and checked before it is freed: two live allocations
// that overlapped, or memory handed out while still in use, would break a pattern. At the end
// everything is freed and the free counts must be back where they started — with the heap's
// free list merged back into as few blocks as it had.
//
// Then copy_nofault, the kernel's copy that may fault: copies into and out of the boot stack's
// guard page (never mapped), NULL and the kernel's read-only code must stop at the first byte
// they cannot reach and say how many bytes were left.
#include "types.h"
#include "kernel.h"
#include "memlayout.h"

#define HEAP_SLOTS 128
#define HEAP_ROUNDS 4000
#define HEAP_MAX_SIZE 3000
#define PAGE_SLOTS 64
#define PAGE_ROUNDS 1000

static uint32_t seed;

// xorshift32: small, fast, and the same everywhere.
static uint32_t next_random(void) {
  seed ^= seed << 13;
  seed ^= seed >> 17;
  seed ^= seed << 5;
  return seed;
}

static uint8_t pattern(uint32_t serial, uint32_t i) { return (uint8_t)(serial * 31 + i * 7 + 1); }

static bool check_bytes(const uint8_t *p, uint32_t n, uint32_t serial) {
  for (uint32_t i = 0; i < n; i++)
    if (p[i] != pattern(serial, i)) return false;
  return true;
}

static void fill_bytes(uint8_t *p, uint32_t n, uint32_t serial) {
  for (uint32_t i = 0; i < n; i++) p[i] = pattern(serial, i);
}

struct slot {
  uint8_t *p;
  uint32_t size, serial;
};

static bool heap_test(void) {
  static struct slot slots[HEAP_SLOTS];
  struct heap_stats before, after;
  kheap_stats(&before);
  uint32_t serial = 0, allocs = 0, frees = 0;
  for (int round = 0; round < HEAP_ROUNDS; round++) {
    struct slot *s = &slots[next_random() % HEAP_SLOTS];
    if (s->p) {
      if (!check_bytes(s->p, s->size, s->serial)) {
        printk(KERN_ERR "selftest: heap block %p (%u bytes) was overwritten\n", s->p, s->size);
        return false;
      }
      kfree(s->p);
      s->p = NULL;
      frees++;
    } else {
      s->size = 1 + next_random() % HEAP_MAX_SIZE;
      s->serial = ++serial;
      s->p = kmalloc(s->size);
      if (!s->p) {
        printk(KERN_ERR "selftest: kmalloc(%u) failed\n", s->size);
        return false;
      }
      if ((uint32_t)s->p % 16) {
        printk(KERN_ERR "selftest: kmalloc returned %p, not 16-byte aligned\n", s->p);
        return false;
      }
      fill_bytes(s->p, s->size, s->serial);
      allocs++;
    }
  }
  for (int i = 0; i < HEAP_SLOTS; i++) {
    struct slot *s = &slots[i];
    if (!s->p) continue;
    if (!check_bytes(s->p, s->size, s->serial)) {
      printk(KERN_ERR "selftest: heap block %p was overwritten\n", s->p);
      return false;
    }
    kfree(s->p);
    s->p = NULL;
    frees++;
  }
  kheap_stats(&after);
  if (after.used != before.used || after.allocations != before.allocations ||
      after.free_blocks > before.free_blocks + 1) {
    printk(KERN_ERR "selftest: heap not back to its start (used %u -> %u, free blocks %u -> %u)\n",
           before.used, after.used, before.free_blocks, after.free_blocks);
    return false;
  }
  printk("selftest: heap: %u allocations and %u frees checked\n", allocs, frees);
  return true;
}

static bool page_test(void) {
  static uint32_t *pages[PAGE_SLOTS];
  static uint32_t serials[PAGE_SLOTS];
  uint32_t free_before = pages_free(), serial = 0, allocs = 0, frees = 0;
  for (int round = 0; round < PAGE_ROUNDS; round++) {
    int i = next_random() % PAGE_SLOTS;
    if (pages[i]) {
      for (int w = 0; w < 1024; w++)
        if (pages[i][w] != serials[i] * 1024 + w) {
          printk(KERN_ERR "selftest: page %p was overwritten\n", pages[i]);
          return false;
        }
      page_free(pages[i]);
      pages[i] = NULL;
      frees++;
    } else {
      pages[i] = page_alloc();
      if (!pages[i]) {
        printk(KERN_ERR "selftest: page_alloc failed\n");
        return false;
      }
      serials[i] = ++serial;
      for (int w = 0; w < 1024; w++) pages[i][w] = serial * 1024 + w;
      allocs++;
    }
  }
  for (int i = 0; i < PAGE_SLOTS; i++)
    if (pages[i]) page_free(pages[i]), pages[i] = NULL, frees++;
  if (pages_free() != free_before) {
    printk(KERN_ERR "selftest: %u pages free before, %u after\n", free_before, pages_free());
    return false;
  }
  printk("selftest: pages: %u allocations and %u frees checked\n", allocs, frees);
  return true;
}

extern char boot_stack_guard[], __kernel_start[];

// One copy_nofault and the number of bytes it must leave uncopied.
static bool copy_leaves(const char *what, void *dst, const void *src, size_t n, size_t left) {
  size_t got = copy_nofault(dst, src, n);
  if (got == left) return true;
  printk(KERN_ERR "selftest: copy_nofault %s left %u bytes, not %u\n", what, got, left);
  return false;
}

static bool nofault_test(void) {
  uint8_t *guard = (uint8_t *)boot_stack_guard; // one page, never mapped
  uint8_t *text = (uint8_t *)__kernel_start;    // the Multiboot header, read-only
  uint32_t word = 0, pair[2] = {0, 0}, magic = 0x1badb002;
  bool ok = copy_leaves("from the kernel", &word, text, 4, 0) && word == magic &&
            copy_leaves("from NULL", &word, NULL, 4, 4) &&
            copy_leaves("of nothing from NULL", &word, NULL, 0, 0) &&
            copy_leaves("from the guard page", &word, guard + PGSIZE - 4, 4, 4) &&
            copy_leaves("across into the guard page", pair, guard - 4, 8, 4) &&
            memcmp(pair, guard - 4, 4) == 0 &&
            copy_leaves("into the guard page", guard, &word, 4, 4) &&
            copy_leaves("into the kernel's code", text, &word, 4, 4) &&
            memcmp(text, &magic, 4) == 0;
  if (ok) printk("selftest: nofault: 8 copies checked\n");
  else printk(KERN_ERR "selftest: copy_nofault went wrong\n");
  return ok;
}

bool selftest(void) {
  seed = 2463534242u;
  bool ok = page_test() && heap_test() && nofault_test();
  printk(ok ? "selftest: passed\n" : KERN_ERR "selftest: FAILED\n");
  return ok;
}
