/* The C library benchmark's workloads, one per run: `work printf|malloc|string|stdio N`.
 * Each prints a checksum, so that the builds against our library and glibc can be checked to
 * have done the same work. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static unsigned int seed = 1;
static unsigned int next_random(void) {
  seed ^= seed << 13;
  seed ^= seed >> 17;
  seed ^= seed << 5;
  return seed;
}

/* snprintf of mixed conversions. */
static unsigned int work_printf(int n) {
  char buf[128];
  unsigned int sum = 0;
  for (int k = 0; k < n; k++) {
    int len = snprintf(buf, sizeof buf, "%d %-8s|%08x %5.3d %c %lu %%", k - n / 2, "name",
                       k * 2654435761u, k % 1000, 'a' + k % 26, (unsigned long)k * 7);
    sum = sum * 31 + (unsigned int)len + (unsigned char)buf[len / 2];
  }
  return sum;
}

/* Random malloc/realloc/free over 1,000 slots, mostly small blocks. */
static unsigned int work_malloc(int n) {
  static char *slots[1000];
  unsigned int sum = 0;
  for (int k = 0; k < n; k++) {
    unsigned int r = next_random();
    char **s = &slots[r % 1000];
    size_t size = (r >> 10) % 100 < 95 ? (r >> 16) % 256 + 1 : (r >> 16) % 16384 + 1;
    if (*s == NULL) {
      *s = malloc(size);
      (*s)[0] = (char)k;
    } else if ((r >> 8) % 4 == 0) {
      *s = realloc(*s, size);
    } else {
      sum += (unsigned char)(*s)[0];
      free(*s);
      *s = NULL;
    }
  }
  for (int k = 0; k < 1000; k++) free(slots[k]);
  return sum;
}

/* memcpy, memset, strlen, strchr and strcmp over buffers of a few sizes. */
static unsigned int work_string(int n) {
  static char a[4096], b[4096];
  unsigned int sum = 0;
  memset(a, 'x', sizeof a - 1);
  for (int k = 0; k < n; k++) {
    size_t len = 16u << (k % 8);
    memcpy(b, a, len);
    b[len] = '\0';
    memset(b + len / 2, 'y', len / 4);
    sum += (unsigned int)strlen(b) + (unsigned int)(strchr(b, 'y') - b) + (strcmp(a, b) > 0);
  }
  return sum;
}

/* Buffered output, byte by byte and in lines, to a file. */
static unsigned int work_stdio(int n) {
  FILE *f = fopen("/dev/null", "w");
  unsigned int sum = 0;
  for (int k = 0; k < n; k++) {
    fputc('a' + k % 26, f);
    if (k % 64 == 0) sum += (unsigned int)fprintf(f, "line %d\n", k);
    if (k % 16 == 0) fputs("sixteen bytes...", f);
  }
  fclose(f);
  return sum;
}

int main(int argc, char **argv) {
  int n = argc > 2 ? atoi(argv[2]) : 100000;
  const char *w = argc > 1 ? argv[1] : "printf";
  unsigned int sum = strcmp(w, "printf") == 0   ? work_printf(n)
                     : strcmp(w, "malloc") == 0 ? work_malloc(n)
                     : strcmp(w, "string") == 0 ? work_string(n)
                                                : work_stdio(n);
  printf("%s %d: %u\n", w, n, sum);
  return 0;
}
