// oracle: gcc -c
/* What is internal and unused: gcc says what is declared `static` but never defined when the
   unit has been read, then what is defined but not used when it compiles the unit (only if there
   was no error; from the last declared). A constant (`limit`) is not reported, as in gcc's -Wall. */
static void helper(void) {}
static int never(void);
static int counter;
static const int limit = 3;
static inline int small(void) { return 1; }
int use(void) { return limit; }
// expect: 6:12: warning: 'never' declared 'static' but never defined [-Wunused-function]
// expect: 7:12: warning: 'counter' defined but not used [-Wunused-variable]
// expect: 5:13: warning: 'helper' defined but not used [-Wunused-function]
