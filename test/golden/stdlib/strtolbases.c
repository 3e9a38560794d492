// strtol and strtoul at every even base from 2 to 36: how far each reads the same text.
#include <stdio.h>
#include <stdlib.h>

int main(void) {
  const char *s = "1010zz";
  for (int base = 2; base <= 36; base += 2) {
    char *end;
    long v = strtol(s, &end, base);
    printf("base %2d: %ld, stopped at %d\n", base, v, (int)(end - s));
  }
  const char *t = "  7z7";
  for (int base = 3; base <= 36; base += 11) {
    char *end;
    unsigned long v = strtoul(t, &end, base);
    printf("strtoul base %2d: %lu, stopped at %d\n", base, v, (int)(end - t));
  }
  printf("%ld %ld\n", strtol("-zz", 0, 36), strtol("0x", 0, 16));
  return (int)strtol("11", 0, 2);
}
