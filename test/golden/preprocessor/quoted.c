// #include "file" finds a header beside the source; its include guard makes a second include empty.
#include "quoted.h"
#include "quoted.h"
int printf(const char *, ...);

int main(void) {
  struct quoted_point p = {2, 5};
  printf("%d %d\n", quoted_scale(p), QUOTED_SCALE);
#ifdef QUOTED_H
  printf("guard defined\n");
#endif
  return quoted_scale(p);
}
