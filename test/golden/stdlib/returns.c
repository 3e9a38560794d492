// What the string and memory functions return: their destination, or a pointer into the source.
#include <stdio.h>
#include <string.h>

int main(void) {
  char buf[32];
  int ok = 0;
  ok += memcpy(buf, "abc", 4) == buf;
  ok += memmove(buf + 1, buf, 3) == buf + 1;
  ok += memset(buf, 'z', 2) == buf;
  ok += strcpy(buf, "x") == buf;
  ok += strncpy(buf, "y", 5) == buf;
  ok += strcat(buf, "q") == buf;
  ok += strncat(buf, "rst", 2) == buf;
  const char *s = "find the needle";
  ok += strchr(s, 'n') == s + 2;
  ok += strrchr(s, 'e') == s + 14;
  ok += strstr(s, "needle") == s + 9;
  ok += strpbrk(s, "th") == s + 5;
  ok += memchr(s, 'h', 15) == (const void *)(s + 6);
  printf("%s %d of 12\n", buf, ok);
  return ok;
}
