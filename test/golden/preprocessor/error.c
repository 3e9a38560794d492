// Directives that do nothing at run time: #error in a dead branch, #pragma, the null directive.
int printf(const char *, ...);

#define CHECK 1
#if !CHECK
#error "CHECK must be set"
#endif
#
#pragma GCC diagnostic ignored "-Wunused"

#if defined CHECK
#  define INDENTED 5
#endif
  #   define SPACED 6

int main(void) {
  printf("%d %d\n", INDENTED, SPACED);
#ifdef NOT_THERE
#error not reached
#endif
  return INDENTED + SPACED;
}
