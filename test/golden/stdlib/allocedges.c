// Allocation edge cases: calloc whose size overflows fails, realloc(NULL) allocates, shrinking keeps the prefix.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static size_t count = 0x10000, size = 0x10001, almost_4g = 0xfffffff0u;

int main(void) {
  void *huge = calloc(count, size);
  printf("calloc overflow: %s\n", huge ? "allocated?" : "null");
  char *p = realloc(0, 16);
  strcpy(p, "realloc(NULL)");
  printf("%s\n", p);
  p = realloc(p, 100000);
  printf("grown: %s\n", p);
  memset(p + 14, 'x', 99980);
  p[99999] = 0;
  p = realloc(p, 8);
  p[7] = 0;
  printf("shrunk: %s\n", p);
  free(p);
  void *too_big = malloc(almost_4g);
  printf("malloc of almost 4 GB: %s\n", too_big ? "allocated?" : "null");
  return 0;
}
