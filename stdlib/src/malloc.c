/* The memory allocator: malloc, free, calloc, realloc.
 *
 * Small and medium blocks are carved out of the heap that brk grows; large ones (128 KiB and
 * more) get a mapping of their own from mmap, which free gives back with munmap. The heap is a
 * sequence of chunks with boundary tags, as in Knuth's and dlmalloc's allocators:
 *
 *   in use:  [head][payload ..................]      head = size | INUSE | PREV_INUSE?
 *   free:    [head][next][prev] ........ [size]      the size repeated in its last word
 *
 * A chunk's size (a multiple of 8, at least 16) counts its 4-byte head; payloads are 8-byte
 * aligned, so chunks start at 4 mod 8. PREV_INUSE in a head says whether the chunk before is in
 * use; when it is not, the word before the head is that chunk's size, so free can merge with
 * both neighbours in constant time and no two free chunks are ever adjacent. A heap segment ends
 * with an epilogue, a head of size 0 marked in use, which stops merging and becomes the head of
 * the new memory when brk extends the segment. Free chunks sit in 28 doubly linked lists by
 * size class (powers of two); malloc takes the first that fits from the smallest class that can
 * hold the request, and splits off what is left. A free chunk at the top of the heap that grows
 * past 128 KiB is handed back to the system by moving brk down. */
#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#define INUSE 1u
#define PREV_INUSE 2u
#define MMAPPED 4u
#define FLAGS 7u

#define MIN_CHUNK 16u
#define MMAP_THRESHOLD (128u * 1024)
#define TRIM_THRESHOLD (128u * 1024)
#define HEAP_GROWTH (64u * 1024) /* brk grows by at least this much at a time */
#define PAGE 4096u
#define NBINS 28
#define MAX_REQUEST 0x7fff0000u

typedef struct chunk {
  size_t head;
  struct chunk *next; /* the two list links exist only while the chunk is free */
  struct chunk *prev;
} chunk;

static chunk *bins[NBINS];
static char *heap_end; /* the end of the segment brk last extended (just past its epilogue) */

static size_t size_of(chunk *c) { return c->head & ~FLAGS; }
static chunk *after(chunk *c) { return (chunk *)((char *)c + size_of(c)); }
static chunk *before(chunk *c) { return (chunk *)((char *)c - ((size_t *)c)[-1]); }
static void *payload(chunk *c) { return (char *)c + sizeof(size_t); }
static chunk *chunk_of(void *p) { return (chunk *)((char *)p - sizeof(size_t)); }
static void set_footer(chunk *c) { ((size_t *)after(c))[-1] = size_of(c); }

static size_t round_up(size_t n, size_t to) { return (n + to - 1) & ~(to - 1); }

/* Size class k holds chunks of 2^(k+4) up to 2^(k+5) - 1 bytes. */
static int bin_of(size_t size) {
  int k = 0;
  for (size >>= 5; size > 0 && k < NBINS - 1; size >>= 1) k++;
  return k;
}

static void bin_insert(chunk *c) {
  int k = bin_of(size_of(c));
  c->prev = NULL;
  c->next = bins[k];
  if (bins[k]) bins[k]->prev = c;
  bins[k] = c;
}

static void bin_remove(chunk *c) {
  if (c->prev) c->prev->next = c->next;
  else bins[bin_of(size_of(c))] = c->next;
  if (c->next) c->next->prev = c->prev;
}

/* The chunk size for a request: the payload plus the head, rounded, at least MIN_CHUNK. */
static size_t chunk_size(size_t n) {
  size_t size = round_up(n + sizeof(size_t), 8);
  return size < MIN_CHUNK ? MIN_CHUNK : size;
}

/* Gives back the top of the heap: when `c` (free, merged) is the last chunk of the segment at
 * the current break and is large, the break moves down to a page boundary inside it. */
static int trim(chunk *c) {
  size_t size = size_of(c), release;
  char *end = (char *)after(c) + sizeof(size_t);
  if (size < TRIM_THRESHOLD || end != heap_end || sbrk(0) != heap_end) return 0;
  release = (size - MIN_CHUNK) & ~(PAGE - 1);
  if (release == 0 || sbrk(-(int)release) == (void *)-1) return 0;
  c->head -= release;
  heap_end -= release;
  after(c)->head = INUSE; /* the new epilogue; c is still free, so not PREV_INUSE */
  set_footer(c);
  bin_insert(c);
  return 1;
}

/* Marks a heap chunk free, merges it with free neighbours and files it (or trims it). */
static void release_chunk(chunk *c, int may_trim) {
  chunk *next = after(c);
  c->head &= ~INUSE;
  if (!(next->head & INUSE)) {
    bin_remove(next);
    c->head += size_of(next);
  }
  if (!(c->head & PREV_INUSE)) {
    chunk *prev = before(c);
    bin_remove(prev);
    prev->head += size_of(c);
    c = prev;
  }
  after(c)->head &= ~PREV_INUSE;
  set_footer(c);
  if (!may_trim || !trim(c)) bin_insert(c);
}

/* Makes `c` (in use) exactly `size` bytes if the rest is big enough to be a chunk, and frees it. */
static void split(chunk *c, size_t size) {
  size_t rest = size_of(c) - size;
  chunk *r;
  if (rest < MIN_CHUNK) return;
  c->head = size | (c->head & FLAGS);
  r = after(c);
  r->head = rest | INUSE | PREV_INUSE;
  release_chunk(r, 0);
}

/* Adds at least `size` bytes to the heap as one free chunk: by growing the segment at the
 * break, or by starting a new segment when someone else moved the break. */
static int grow_heap(size_t size) {
  char *brk_now = sbrk(0);
  size_t grow = round_up(size > HEAP_GROWTH ? size : HEAP_GROWTH, PAGE);
  chunk *c;
  if (brk_now == (char *)-1) return 0;
  if (heap_end != NULL && brk_now == heap_end) {
    if (sbrk((int)grow) == (void *)-1) return 0;
    c = (chunk *)(heap_end - sizeof(size_t)); /* the old epilogue */
    c->head = grow | INUSE | (c->head & PREV_INUSE);
  } else {
    /* A new segment: align its first head to 4 mod 8; nothing before it to merge with. */
    size_t pad = (size_t)((12 - (uintptr_t)brk_now % 8) % 8);
    if (grow > 0x7fffffffu - pad - sizeof(size_t) ||
        sbrk((int)(pad + grow + sizeof(size_t))) == (void *)-1)
      return 0;
    c = (chunk *)(brk_now + pad);
    c->head = grow | INUSE | PREV_INUSE;
  }
  after(c)->head = INUSE; /* the epilogue */
  heap_end = (char *)after(c) + sizeof(size_t);
  release_chunk(c, 0);
  return 1;
}

/* A large block: its own mapping, the chunk 4 bytes in so that the payload is 8-aligned. */
static void *map_chunk(size_t size) {
  size_t len = round_up(size + sizeof(size_t), PAGE);
  char *m = mmap(NULL, len, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  chunk *c;
  if (m == MAP_FAILED) return NULL;
  c = (chunk *)(m + sizeof(size_t));
  c->head = (len - sizeof(size_t)) | MMAPPED | INUSE;
  return payload(c);
}

static void unmap_chunk(chunk *c) {
  munmap((char *)c - sizeof(size_t), size_of(c) + sizeof(size_t));
}

/* The first free chunk of at least `size` bytes, taken out of its list; NULL when none. */
static chunk *find_free(size_t size) {
  int k;
  for (k = bin_of(size); k < NBINS; k++) {
    chunk *c;
    for (c = bins[k]; c; c = c->next) {
      if (size_of(c) >= size) {
        bin_remove(c);
        return c;
      }
    }
  }
  return NULL;
}

void *malloc(size_t n) {
  size_t size;
  chunk *c;
  if (n > MAX_REQUEST) {
    errno = ENOMEM;
    return NULL;
  }
  size = chunk_size(n);
  if (size >= MMAP_THRESHOLD) {
    void *p = map_chunk(size);
    if (p == NULL) errno = ENOMEM;
    return p;
  }
  c = find_free(size);
  if (c == NULL) {
    if (grow_heap(size)) c = find_free(size);
    if (c == NULL) {
      /* No more heap (brk is blocked or limited): a mapping still works. */
      void *p = map_chunk(size);
      if (p == NULL) errno = ENOMEM;
      return p;
    }
  }
  c->head |= INUSE;
  after(c)->head |= PREV_INUSE;
  split(c, size);
  return payload(c);
}

void free(void *p) {
  chunk *c;
  if (p == NULL) return;
  c = chunk_of(p);
  if (c->head & MMAPPED) unmap_chunk(c);
  else release_chunk(c, 1);
}

void *calloc(size_t n, size_t size) {
  void *p;
  if (size != 0 && n > MAX_REQUEST / size) {
    errno = ENOMEM;
    return NULL;
  }
  p = malloc(n * size);
  if (p) memset(p, 0, n * size);
  return p;
}

/* In place when the chunk is big enough or the chunk after it is free and makes it so;
 * otherwise a new block, a copy and a free. realloc(p, 0) frees p and returns NULL (as glibc). */
void *realloc(void *p, size_t n) {
  chunk *c;
  size_t size, have;
  void *q;
  if (p == NULL) return malloc(n);
  if (n == 0) {
    free(p);
    return NULL;
  }
  if (n > MAX_REQUEST) {
    errno = ENOMEM;
    return NULL;
  }
  c = chunk_of(p);
  size = chunk_size(n);
  have = size_of(c);
  if (c->head & MMAPPED) {
    if (size <= have && size > have / 2) return p;
  } else {
    chunk *next = after(c);
    if (have < size && !(next->head & INUSE) && have + size_of(next) >= size) {
      bin_remove(next);
      c->head += size_of(next);
      after(c)->head |= PREV_INUSE;
      have = size_of(c);
    }
    if (have >= size) {
      split(c, size);
      return p;
    }
  }
  q = malloc(n);
  if (q == NULL) return NULL;
  memcpy(q, p, (have - sizeof(size_t)) < n ? have - sizeof(size_t) : n);
  free(p);
  return q;
}
