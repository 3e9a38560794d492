// A macro naming the header to include (#include MACRO), _Pragma, and #line with a file name.
#define HEADER <stddef.h>
#include HEADER
#define LOCAL "quoted.h"
#include LOCAL
int printf(const char *, ...);

_Pragma("GCC diagnostic push")
_Pragma("GCC diagnostic pop")

static const char *base(const char *p) {
  const char *b = p;
  for (; *p; p++)
    if (*p == '/') b = p + 1;
  return b;
}

int main(void) {
  struct quoted_point p = {1, 1};
  printf("%d %d\n", (int)offsetof(struct quoted_point, y), quoted_scale(p));
#line 500 "renamed.c"
  printf("%s:%d\n", base(__FILE__), __LINE__);
  return __LINE__ - 500;
}
