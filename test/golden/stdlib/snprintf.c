// sprintf and snprintf: return values are the full length, snprintf truncates and terminates.
#include <stdio.h>
#include <string.h>

int main(void) {
  char buf[16];
  int n = sprintf(buf, "%d-%s", 123, "abc");
  printf("sprintf %d [%s]\n", n, buf);
  for (int size = 0; size <= 10; size += 2) {
    memset(buf, '#', sizeof buf);
    int m = snprintf(buf, size, "%s=%d", "value", 4242);
    printf("size %2d: returns %d [%.*s] terminated at %d\n", size, m, size, size ? buf : "", size ? (int)strlen(buf) : -1);
  }
  int len = snprintf(0, 0, "%08x%s", 0xbeef, "tail");
  printf("measure %d\n", len);
  char out[64];
  int pos = 0;
  for (int i = 0; i < 5; i++) pos += sprintf(out + pos, "%d,", i * i);
  printf("%s (%d)\n", out, pos);
  int count = 0;
  printf("abc%n def\n", &count);
  printf("n = %d\n", count);
  return len;
}
