// printf's %s and %c: widths, precisions, the * forms, %% and a null %s.
#include <stdio.h>

static const char *none(void) { return 0; }

int main(void) {
  const char *s = "string";
  printf("[%s] [%10s] [%-10s] [%.3s] [%10.3s] [%-10.3s] [%.0s] [%.10s]\n", s, s, s, s, s, s, s, s);
  printf("[%c] [%3c] [%-3c] [%c%c%c]\n", 'x', 'y', 'z', 'a', 98, 'c');
  printf("[%*d] [%-*d] [%*d] [%.*d] [%*.*s]\n", 6, 42, 6, 42, -6, 42, 4, 42, 8, 3, s);
  printf("100%%\n");
  printf("[%s]\n", none());
  printf("[%.*s]\n", 3, "abcdef");
  int n = printf("%s%c%d\n", "count", ':', 12345);
  printf("printed %d\n", n);
  return n;
}
