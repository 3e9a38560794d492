// The preprocessor: object- and function-like macros, stringizing, pasting, conditionals.
int printf(const char *, ...);

#define SQUARE(x) ((x) * (x))
#define MAX(a, b) ((a) > (b) ? (a) : (b))
#define STR(x) #x
#define XSTR(x) STR(x)
#define CAT(a, b) a##b
#define VERSION 3
#if VERSION >= 3
#define FEATURE "new"
#else
#define FEATURE "old"
#endif

int main(void) {
  int CAT(my, var) = 7;
  printf("%d %d %s %s\n", SQUARE(myvar + 1), MAX(3, myvar), STR(a + b), XSTR(VERSION));
  printf("%s line %d\n", FEATURE, __LINE__);
#ifdef UNDEFINED_THING
  printf("no\n");
#elif defined(VERSION) && VERSION == 3
  printf("three\n");
#endif
  return 0;
}
