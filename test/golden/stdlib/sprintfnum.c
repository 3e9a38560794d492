// Building text with sprintf: a table with aligned columns, hex dumps, and number widths.
#include <stdio.h>
#include <string.h>

int main(void) {
  char line[80];
  const char *names[] = {"alpha", "be", "gamma-ray"};
  int vals[] = {7, -1234, 2147483647};
  for (int i = 0; i < 3; i++) {
    int n = sprintf(line, "|%-10s|%+12d|%#10x|%08o|", names[i], vals[i], (unsigned)vals[i], (unsigned)vals[i] & 0777);
    printf("%s %d\n", line, n);
  }
  unsigned char bytes[] = {0, 1, 0x7f, 0x80, 0xff};
  char *p = line;
  for (int i = 0; i < 5; i++) p += sprintf(p, "%02X%s", bytes[i], i < 4 ? ":" : "");
  printf("%s (%d)\n", line, (int)strlen(line));
  sprintf(line, "%5.3d|%-5.3d|%.0d|%5.0d|", 7, 7, 0, 0);
  printf("%s\n", line);
  return (int)strlen(line);
}
