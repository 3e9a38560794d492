// oracle: gcc -m32 -fsyntax-only -Wall prints these same messages.
/* gcc's lines about where a message is: "In file included from" with the chain of #includes not
   shown yet, "In function 'f':" when the function changes, "At top level:" after one. Messages
   come in the order of their places in the translation, the preprocessor's among the others. */
#include "include/ctx-outer.h"
long outer_decl(int);
int main_fn(void) { return missing_main; }
#if 1 +
#endif
#include "include/ctx-inner.h"
int tail(void) {
  int unused_tail;
  return 0;
}
// expect: 6:6: error: conflicting types for 'outer_decl'; have 'long int(int)'
// expect: 7:28: error: 'missing_main' undeclared (first use in this function)
// expect: 8:8: error: operator '+' has no right operand
// expect: 12:7: warning: unused variable 'unused_tail' [-Wunused-variable]
