// strtol: bases 0, 2, 8, 10, 16 and 36, signs, leading spaces, prefixes, and where parsing stops.
#include <stdio.h>
#include <stdlib.h>

int main(void) {
  const char *inputs[] = {"42", "  -17xyz", "+0", "0x1F", "0X1f", "017", "0b101", "zz", "Z9",
                          "0x", "   ", "-", "2147483647", "-2147483648", "99999999999", "-99999999999"};
  int bases[] = {0, 2, 8, 10, 16, 36};
  for (int i = 0; i < 16; i++) {
    printf("%-14s", inputs[i]);
    for (int b = 0; b < 6; b++) {
      char *end;
      long v = strtol(inputs[i], &end, bases[b]);
      printf(" %ld@%d", v, (int)(end - inputs[i]));
    }
    printf("\n");
  }
  printf("%ld\n", strtol("777", 0, 8));
  return (int)strtol("z", 0, 36);
}
