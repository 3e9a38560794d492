/* The allocator under stress: thousands of random malloc, calloc, realloc and free calls
 * (seeded, so every run and every C library sees the same sequence), each block filled with a
 * pattern that is checked before it is freed or resized, with a check every so often that no two
 * live blocks overlap and all are 8-byte aligned. Then: the heap shrinks back (brk moves down)
 * when everything is freed, a freed large block's pages are unmapped (a mapping asked for at the
 * same address gets it), and the error cases (sizes too large, calloc overflow).
 * Usage: malloc SCRATCH [OPERATIONS] */
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#define SLOTS 300

struct block {
  unsigned char *p;
  size_t size;
  unsigned char tag;
};

static struct block live[SLOTS];
static unsigned int seed = 12345;
static int failures;

/* xorshift32: the test's own generator, independent of the library under test */
static unsigned int next_random(void) {
  seed ^= seed << 13;
  seed ^= seed >> 17;
  seed ^= seed << 5;
  return seed;
}

/* Mostly small blocks, some medium, a few past the 128 KiB mapping threshold. */
static size_t random_size(void) {
  unsigned int r = next_random() % 1000;
  if (r < 700) return next_random() % 128;
  if (r < 950) return 128 + next_random() % 2000;
  if (r < 995) return 2048 + next_random() % 30000;
  return 128 * 1024 + next_random() % (200 * 1024);
}

static void fill(struct block *b) {
  for (size_t k = 0; k < b->size; k++) b->p[k] = (unsigned char)(b->tag + k * 7);
}

/* Checks the first n bytes of the pattern. */
static void check(struct block *b, size_t n, const char *when) {
  for (size_t k = 0; k < n; k++) {
    if (b->p[k] != (unsigned char)(b->tag + k * 7)) {
      printf("FAIL: block of %u bytes corrupted at %u (%s)\n", (unsigned)b->size, (unsigned)k,
             when);
      failures++;
      return;
    }
  }
}

static int by_address(const void *a, const void *b) {
  uintptr_t x = (uintptr_t)((const struct block *)a)->p;
  uintptr_t y = (uintptr_t)((const struct block *)b)->p;
  return (x > y) - (x < y);
}

static void check_layout(void) {
  static struct block sorted[SLOTS];
  int n = 0;
  for (int k = 0; k < SLOTS; k++)
    if (live[k].p) sorted[n++] = live[k];
  qsort(sorted, (size_t)n, sizeof sorted[0], by_address);
  for (int k = 0; k < n; k++) {
    if ((uintptr_t)sorted[k].p % 8 != 0) {
      printf("FAIL: misaligned block\n");
      failures++;
    }
    if (k > 0 && sorted[k - 1].p + sorted[k - 1].size > sorted[k].p) {
      printf("FAIL: blocks overlap\n");
      failures++;
    }
  }
}

static void stress(int operations) {
  int mallocs = 0, callocs = 0, reallocs = 0, frees = 0, peak = 0, count = 0;
  for (int op = 0; op < operations; op++) {
    struct block *b = &live[next_random() % SLOTS];
    unsigned int what = next_random() % 10;
    if (b->p == NULL) {
      b->size = random_size();
      b->tag = (unsigned char)next_random();
      if (what == 0) {
        b->p = calloc(1, b->size);
        for (size_t k = 0; b->p && k < b->size; k++) {
          if (b->p[k] != 0) {
            printf("FAIL: calloc memory not zero\n");
            failures++;
            break;
          }
        }
        callocs++;
      } else {
        b->p = malloc(b->size);
        mallocs++;
      }
      if (b->p == NULL) {
        printf("FAIL: out of memory at %u bytes\n", (unsigned)b->size);
        failures++;
        continue;
      }
      fill(b);
      if (++count > peak) peak = count;
    } else if (what < 6) {
      check(b, b->size, "before free");
      free(b->p);
      b->p = NULL;
      count--;
      frees++;
    } else {
      size_t old = b->size, keep;
      unsigned char *q;
      check(b, old, "before realloc");
      b->size = what == 9 ? old / 2 : random_size();
      q = realloc(b->p, b->size);
      reallocs++;
      if (q == NULL && b->size > 0) {
        printf("FAIL: realloc to %u returned NULL\n", (unsigned)b->size);
        failures++;
        b->size = old;
        continue;
      }
      if (b->size == 0) { /* realloc(p, 0) freed it; glibc and we return NULL */
        b->p = NULL;
        count--;
        continue;
      }
      b->p = q;
      keep = old < b->size ? old : b->size;
      check(b, keep, "after realloc");
      fill(b);
    }
    if (op % 500 == 0) check_layout();
  }
  check_layout();
  for (int k = 0; k < SLOTS; k++) {
    if (live[k].p) {
      check(&live[k], live[k].size, "at the end");
      free(live[k].p);
      live[k].p = NULL;
    }
  }
  printf("stress: %d operations, %d malloc %d calloc %d realloc %d free, peak %d live\n",
         operations, mallocs, callocs, reallocs, frees, peak);
}

/* Many small blocks grow the heap by megabytes; freed (in an order that leaves holes until the
 * end), the break must come back down. */
static void heap_shrinks(int first) {
  static void *blocks[3000];
  char *before, *grown, *after;
  printf("heap: ");
  fflush(stdout);
  before = sbrk(0);
  for (int k = 0; k < 3000; k++) blocks[k] = malloc(1000);
  grown = sbrk(0);
  for (int k = 0; k < 3000; k += 2) free(blocks[k]);
  for (int k = 1; k < 3000; k += 2) free(blocks[k]);
  after = sbrk(0);
  /* Whether the heap grew depends on what an allocator kept from before: asked only first. */
  if (first)
    printf("grew by at least 2 MiB: %s, ", grown - before >= 2 * 1024 * 1024 ? "yes" : "no");
  printf("shrank back within 256 KiB: %s\n", after - before < 256 * 1024 ? "yes" : "no");
}

/* A 4 MiB block is a mapping of its own; after free, mmap with its address as a hint gets that
 * very address, which the kernel gives only when the range is unmapped. */
static void big_block_unmapped(void) {
  size_t len = 4u << 20;
  char *p = malloc(len), *page, *again;
  memset(p, 1, len);
  page = (char *)((uintptr_t)p & ~(uintptr_t)4095);
  free(p);
  again = mmap(page, len, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  printf("big block: unmapped on free: %s\n", again == page ? "yes" : "no");
  munmap(again, len);
}

static void edges(void) {
  char *p, *q;
  int e;
  /* volatile: gcc warns about constant sizes it knows are too large */
  volatile size_t two_gib = 0x80000000u, all = (size_t)-1, big = 0x10001, three_gib = 0x90000000u;
  p = malloc(0);
  q = malloc(0);
  printf("malloc(0): %s, distinct %s\n", p ? "non-NULL" : "NULL", p != q ? "yes" : "no");
  free(p);
  free(q);
  free(NULL);
  p = realloc(NULL, 10);
  strcpy(p, "realloc");
  p = realloc(p, 100000);
  printf("realloc(NULL) then grown: %s\n", p);
  p = realloc(p, 3);
  printf("shrunk: %.3s\n", p);
  printf("realloc(p, 0): %s\n", realloc(p, 0) ? "non-NULL" : "NULL");
  errno = 0;
  p = malloc(two_gib);
  e = errno;
  printf("malloc(2 GiB): %s %s\n", p ? "non-NULL" : "NULL", e == ENOMEM ? "ENOMEM" : "?");
  errno = 0;
  p = malloc(all);
  e = errno;
  printf("malloc(SIZE_MAX): %s %s\n", p ? "non-NULL" : "NULL", e == ENOMEM ? "ENOMEM" : "?");
  errno = 0;
  p = calloc(0x10000, big);
  e = errno;
  printf("calloc overflow: %s %s\n", p ? "non-NULL" : "NULL", e == ENOMEM ? "ENOMEM" : "?");
  q = malloc(16);
  errno = 0;
  strcpy(q, "kept");
  p = realloc(q, three_gib);
  e = errno;
  printf("realloc(3 GiB): %s %s\n", p ? "non-NULL" : "NULL", e == ENOMEM ? "ENOMEM" : "?");
  if (p == NULL) {
    printf("old block: %s\n", q);
    free(q);
  }
  p = calloc(0, 5);
  printf("calloc(0, 5): %s\n", p ? "non-NULL" : "NULL");
  free(p);
}

int main(int argc, char **argv) {
  int operations = argc > 2 ? atoi(argv[2]) : 4000;
  printf("malloc test\n");
  heap_shrinks(1);
  big_block_unmapped();
  edges();
  stress(operations);
  heap_shrinks(0);
  printf("%s\n", failures ? "FAILED" : "all blocks intact");
  return failures != 0;
}
