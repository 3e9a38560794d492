// strtoul: the full unsigned range, negation of the value for a minus sign, and end pointers.
#include <stdio.h>
#include <stdlib.h>

int main(void) {
  const char *inputs[] = {"4294967295", "4294967296", "-1", "-4294967295", "0xffffffff", "0x100000000",
                          "  +123", "0777", "1e5", "ffff", "-0"};
  for (int i = 0; i < 11; i++) {
    char *e0, *e16;
    unsigned long v0 = strtoul(inputs[i], &e0, 0);
    unsigned long v16 = strtoul(inputs[i], &e16, 16);
    printf("%-12s base0 %lu@%d base16 %lu@%d\n", inputs[i], v0, (int)(e0 - inputs[i]), v16, (int)(e16 - inputs[i]));
  }
  return (int)(strtoul("-1", 0, 10) & 0x3f);
}
