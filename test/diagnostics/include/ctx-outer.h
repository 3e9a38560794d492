/* Included by context-includes.c. */
int outer_decl(int);
#include "ctx-inner.h"
int outer(void) {
  int unused_outer;
  return 0;
}
