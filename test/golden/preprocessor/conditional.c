// Conditional compilation: #if with arithmetic and defined, #elif chains, #ifdef/#ifndef, nesting.
int printf(const char *, ...);

#define LEVEL 3
#define FEATURE_A
#undef FEATURE_B

int main(void) {
#if LEVEL > 5
  printf("high\n");
#elif LEVEL > 2
  printf("medium\n");
#elif LEVEL > 0
  printf("low\n");
#else
  printf("none\n");
#endif

#ifdef FEATURE_A
  printf("A on\n");
#endif
#ifndef FEATURE_B
  printf("B off\n");
#endif
#if defined(FEATURE_A) && !defined FEATURE_B
  printf("A and not B\n");
#endif
#if UNDEFINED_NAME == 0
  printf("undefined names are 0\n");
#endif
#if (LEVEL * 2 + 1) % 4 == 3 && -1 < 0 && (0xffffffff > 0)
  printf("arithmetic\n");
#endif
#if 0
  this is not compiled, it need not even be C: }}} unbalanced
#else
#if LEVEL == 3
#ifdef FEATURE_A
  printf("nested\n");
#endif
#endif
#endif
  return LEVEL;
}
