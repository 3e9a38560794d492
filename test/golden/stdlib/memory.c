// memcpy, memmove in both overlapping directions, and memset on part of a buffer.
#include <stdio.h>
#include <string.h>

int main(void) {
  char buf[32] = "0123456789abcdef";
  memmove(buf + 4, buf, 8);
  printf("%s\n", buf);
  strcpy(buf, "0123456789abcdef");
  memmove(buf, buf + 4, 8);
  printf("%s\n", buf);
  strcpy(buf, "0123456789abcdef");
  memset(buf + 2, '-', 5);
  printf("%s\n", buf);
  int a[5] = {1, 2, 3, 4, 5}, b[5];
  memcpy(b, a, sizeof a);
  memset(a, 0, sizeof a);
  printf("%d %d %d\n", b[0], b[4], a[2]);
  unsigned char bytes[8];
  memset(bytes, 0x1ff, sizeof bytes); /* the value is converted to unsigned char */
  printf("%d\n", bytes[7]);
  struct { int x; char s[6]; } s1 = {7, "copy"}, s2;
  memcpy(&s2, &s1, sizeof s1);
  printf("%d %s %d\n", s2.x, s2.s, memcmp(&s1, &s2, sizeof s1));
  void *r = memmove(buf, buf, 0);
  printf("%d\n", r == buf);
  return b[2];
}
