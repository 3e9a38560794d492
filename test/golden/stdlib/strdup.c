// strdup and strndup: fresh copies in the heap, changed and freed independently.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(void) {
  const char *orig = "duplicate me";
  char *a = strdup(orig);
  char *b = strndup(orig, 9);
  char *c = strndup(orig, 100);
  a[0] = 'D';
  printf("%s | %s | %s | %s\n", orig, a, b, c);
  printf("%u %u %d\n", (unsigned)strlen(b), (unsigned)strlen(c), a != orig);
  char *e = strdup("");
  printf("empty: [%s] %u\n", e, (unsigned)strlen(e));
  free(a);
  free(b);
  free(c);
  free(e);
  char *words[4];
  const char *src[] = {"one", "two", "three", "four"};
  for (int i = 0; i < 4; i++) words[i] = strdup(src[i]);
  int total = 0;
  for (int i = 0; i < 4; i++) {
    total += (int)strlen(words[i]);
    free(words[i]);
  }
  printf("total %d\n", total);
  return total;
}
