// printf's integer conversions with flags, widths and precisions: %d %i %u %o %x %X.
#include <stdio.h>

int main(void) {
  int vals[] = {0, 1, -1, 42, -42, 2147483647, -2147483647 - 1};
  for (int i = 0; i < 7; i++) {
    int v = vals[i];
    printf("[%d] [%5d] [%-5d] [%05d] [%+d] [% d] [%.3d] [%8.3d] [%-+8.3d] [%i]\n", v, v, v, v, v, v, v, v, v, v);
    printf("[%u] [%o] [%#o] [%x] [%#x] [%X] [%#X] [%#10x] [%#-10x] [%010x] [%.0d]\n", v, v, v, v, v, v, v, v, v, v, v);
  }
  printf("[%.0x] [%#.0o] [%#.3o] [%#08o]\n", 0, 0, 8, 8);
  return 0;
}
