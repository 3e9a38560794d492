// printf corners: empty strings in fields, a NUL through %c, zero with precision 0, %% among fields.
#include <stdio.h>

int main(void) {
  printf("[%5s|%-5s|%.0s]\n", "", "", "gone");
  printf("[%c]", 0);
  printf(" <- a NUL byte\n");
  printf("[%.0d|%.0u|%.0x|%#.0x|%5.0d]\n", 0, 0u, 0u, 0u, 0);
  printf("[%d%%%d]\n", 50, 50);
  printf("[%+.3d|% .3d|%-+6d|%0+6d]\n", 5, 5, 5, 5);
  printf("[%hhx|%hx|%#hho]\n", 0x1ff, 0x1ffff, 0x1ff);
  int n = printf("%s", "");
  printf("[%d]\n", n);
  return 0;
}
