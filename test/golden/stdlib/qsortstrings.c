// qsort of a 2-D char array (rows moved by value) and of pointers, with strcmp-based comparisons.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int rows(const void *a, const void *b) { return strcmp(a, b); }
static int rev(const void *a, const void *b) { return strcmp(*(char *const *)b, *(char *const *)a); }

int main(void) {
  char words[][10] = {"kiwi", "apple", "mango", "banana", "cherry", "date", "fig", "grape"};
  int n = sizeof words / sizeof words[0];
  qsort(words, n, sizeof words[0], rows);
  for (int i = 0; i < n; i++) printf("%s ", words[i]);
  printf("\n");
  char *ptrs[8];
  for (int i = 0; i < n; i++) ptrs[i] = words[i];
  qsort(ptrs, n, sizeof ptrs[0], rev);
  for (int i = 0; i < n; i++) printf("%s ", ptrs[i]);
  printf("\n");
  return (int)strlen(ptrs[0]);
}
