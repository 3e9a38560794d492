// string.h copying: strlen, strnlen, strcpy, strncpy (with its NUL padding), strcat, strncat.
#include <stdio.h>
#include <string.h>

int main(void) {
  char buf[32];
  printf("%u %u %u\n", (unsigned)strlen(""), (unsigned)strlen("hello"), (unsigned)strnlen("hello", 3));
  strcpy(buf, "abc");
  strcat(buf, "def");
  strncat(buf, "ghijkl", 2);
  printf("%s %u\n", buf, (unsigned)strlen(buf));
  memset(buf, 'x', sizeof buf);
  strncpy(buf, "hi", 6);
  printf("padded:");
  for (int i = 0; i < 8; i++) printf(" %d", buf[i]);
  printf("\n");
  strncpy(buf, "truncated", 4);
  printf("not terminated: %.6s\n", buf);
  char *r = strcpy(buf, "ret");
  printf("returns dest: %d, strcat too: %d\n", r == buf, strcat(buf, "!") == buf);
  char big[64] = "";
  for (int i = 0; i < 5; i++) strncat(big, "0123456789", (unsigned)i);
  printf("%s\n", big);
  return (int)strlen(big);
}
