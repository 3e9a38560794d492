// string.h searching: strchr, strrchr, strstr, strpbrk, strspn, strcspn, memchr.
#include <stdio.h>
#include <string.h>

static int at(const char *base, const char *p) { return p ? (int)(p - base) : -1; }

int main(void) {
  const char *s = "hello, world; hello again";
  printf("strchr %d %d %d %d\n", at(s, strchr(s, 'o')), at(s, strchr(s, 'z')), at(s, strchr(s, 0)), at(s, strchr(s, 'h')));
  printf("strrchr %d %d %d\n", at(s, strrchr(s, 'o')), at(s, strrchr(s, 'h')), at(s, strrchr(s, 'q')));
  printf("strstr %d %d %d %d\n", at(s, strstr(s, "hello")), at(s, strstr(s + 1, "hello")), at(s, strstr(s, "")),
         at(s, strstr(s, "worlds")));
  printf("strpbrk %d %d\n", at(s, strpbrk(s, ",;")), at(s, strpbrk(s, "xyz")));
  printf("strspn %u %u\n", (unsigned)strspn(s, "ehlo"), (unsigned)strspn(s, "xyz"));
  printf("strcspn %u %u\n", (unsigned)strcspn(s, ",;"), (unsigned)strcspn(s, "xyz"));
  const char bytes[] = {1, 2, 0, 3, 4};
  printf("memchr %d %d\n", at(bytes, memchr(bytes, 3, 5)), at(bytes, memchr(bytes, 3, 3)));
  printf("char above 127: %d\n", at("ab\xe9", strchr("ab\xe9", 0xe9)));
  return (int)strcspn(s, " ");
}
