/* stdlib.h and setjmp.h: conversions with their errno and end pointers, sorting and searching,
 * integer arithmetic, the environment, rand's sequence (the same as glibc's for a seed), atexit
 * order, and longjmp. */
#include <errno.h>
#include <limits.h>
#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void strtol_case(const char *s, int base) {
  char *end;
  long v;
  errno = 0;
  v = strtol(s, &end, base);
  printf("strtol(\"%s\", %d) = %ld, errno %d, end +%d\n", s, base, v, errno, (int)(end - s));
}

static void strtoul_case(const char *s, int base) {
  char *end;
  unsigned long v;
  errno = 0;
  v = strtoul(s, &end, base);
  printf("strtoul(\"%s\", %d) = %lu, errno %d, end +%d\n", s, base, v, errno, (int)(end - s));
}

static void test_conversions(void) {
  static const char *inputs[] = {"0", "42", "-42", "+7", "  \t\n 12abc", "", "   ", "-", "+",
                                 "0x1f", "0X1F", "0x", "0xg", "017", "08", "0b101", "z", "Zz",
                                 "2147483647", "2147483648", "-2147483648", "-2147483649",
                                 "4294967295", "4294967296", "99999999999999999999", "-1",
                                 "-0", "1_000", "0x7fffffff", "0x80000000", "0xffffffff",
                                 "-0x80000000", "  -0x1aG"};
  static const int bases[] = {0, 2, 8, 10, 16, 36};
  for (unsigned int i = 0; i < sizeof inputs / sizeof inputs[0]; i++) {
    for (unsigned int b = 0; b < sizeof bases / sizeof bases[0]; b++) {
      strtol_case(inputs[i], bases[b]);
      strtoul_case(inputs[i], bases[b]);
    }
  }
  /* A NULL end pointer is allowed. */
  printf("strtol NULL end: %ld\n", strtol("123", NULL, 10));
  printf("atoi: %d %d %d %d\n", atoi("  -123xyz"), atoi("abc"), atoi("2147483647"), atoi(""));
  printf("atol: %ld %ld\n", atol("99"), atol("-2147483648"));
}

static int compare_ints(const void *a, const void *b) {
  int x = *(const int *)a, y = *(const int *)b;
  return (x > y) - (x < y);
}

static int compare_strings(const void *a, const void *b) {
  return strcmp(*(char *const *)a, *(char *const *)b);
}

struct record {
  int key;
  char name[7];
};

static int compare_records(const void *a, const void *b) {
  return compare_ints(&((const struct record *)a)->key, &((const struct record *)b)->key);
}

static void test_sorting(void) {
  int v[200], n, k, key;
  const char *words[] = {"pear", "apple", "fig", "banana", "cherry", "date", "apricot"};
  struct record recs[] = {{5, "five"}, {1, "one"}, {4, "four"}, {2, "two"}, {3, "three"}};
  srand(7);
  for (n = 0; n <= 200; n += n < 10 ? 1 : 37) {
    int ok = 1;
    for (k = 0; k < n; k++) v[k] = rand() % 100 - 50;
    qsort(v, (size_t)n, sizeof v[0], compare_ints);
    for (k = 1; k < n; k++) ok &= v[k - 1] <= v[k];
    printf("qsort %d: %s", n, ok ? "sorted" : "NOT SORTED");
    for (k = 0; k < n && k < 8; k++) printf(" %d", v[k]);
    printf("\n");
  }
  qsort(words, sizeof words / sizeof words[0], sizeof words[0], compare_strings);
  for (k = 0; k < 7; k++) printf("%s ", words[k]);
  printf("\n");
  qsort(recs, 5, sizeof recs[0], compare_records);
  for (k = 0; k < 5; k++) printf("%d:%s ", recs[k].key, recs[k].name);
  printf("\n");
  for (k = 0; k < 100; k++) v[k] = 2 * k;
  for (key = -1; key <= 200; key += 13) {
    int *found = bsearch(&key, v, 100, sizeof v[0], compare_ints);
    printf("bsearch %d: %d\n", key, found ? (int)(found - v) : -1);
  }
  key = 0;
  printf("bsearch empty: %d\n", bsearch(&key, v, 0, sizeof v[0], compare_ints) == NULL);
}

static void test_arithmetic(void) {
  div_t d;
  ldiv_t l;
  printf("abs: %d %d %d labs: %ld %ld\n", abs(-5), abs(5), abs(0), labs(-7L), labs(LONG_MAX));
  d = div(7, 2);
  printf("div: %d %d ", d.quot, d.rem);
  d = div(-7, 2);
  printf("%d %d ", d.quot, d.rem);
  l = ldiv(-100L, 7L);
  printf("ldiv: %ld %ld\n", l.quot, l.rem);
}

static void test_environment(void) {
  char entry[] = "LOGOS_PUT=first";
  printf("getenv LOGOS_TEST: %s\n", getenv("LOGOS_TEST"));
  printf("getenv missing: %s\n", getenv("LOGOS_NOT_SET") ? "set" : "NULL");
  printf("getenv prefix: %s\n", getenv("LOGOS_TES") ? "set" : "NULL");
  printf("setenv: %d ", setenv("LOGOS_NEW", "one", 0));
  printf("%s ", getenv("LOGOS_NEW"));
  printf("%d ", setenv("LOGOS_NEW", "two", 0));
  printf("%s ", getenv("LOGOS_NEW"));
  printf("%d ", setenv("LOGOS_NEW", "three", 1));
  printf("%s\n", getenv("LOGOS_NEW"));
  printf("setenv overwrite existing: %d %s\n", setenv("LOGOS_TEST", "changed", 1),
         getenv("LOGOS_TEST"));
  errno = 0;
  printf("setenv bad: %d %d ", setenv("A=B", "x", 1), errno);
  errno = 0;
  printf("%d %d ", setenv("", "x", 1), errno);
  errno = 0;
  printf("%d %d\n", unsetenv("A=B"), errno);
  printf("putenv: %d %s ", putenv(entry), getenv("LOGOS_PUT"));
  entry[10] = 'F'; /* the string itself is the variable */
  printf("%s\n", getenv("LOGOS_PUT"));
  printf("unsetenv: %d %s %d\n", unsetenv("LOGOS_NEW"), getenv("LOGOS_NEW") ? "set" : "NULL",
         unsetenv("LOGOS_NEVER"));
  for (int k = 0; k < 50; k++) {
    char name[16], value[16];
    sprintf(name, "LOGOS_V%d", k);
    sprintf(value, "%d", k * k);
    setenv(name, value, 1);
  }
  printf("many: %s %s %s\n", getenv("LOGOS_V0"), getenv("LOGOS_V25"), getenv("LOGOS_V49"));
  printf("still: %s %s\n", getenv("LOGOS_TEST"), getenv("LOGOS_PUT"));
}

static void test_rand(void) {
  unsigned int seeds[] = {1, 0, 2, 42, 12345, 0x7fffffff, 0x80000000u, 0xffffffffu};
  for (unsigned int s = 0; s < sizeof seeds / sizeof seeds[0]; s++) {
    srand(seeds[s]);
    printf("srand(%u):", seeds[s]);
    for (int k = 0; k < 6; k++) printf(" %d", rand());
    printf("\n");
  }
  srand(99);
  {
    int k, v = 0;
    for (k = 0; k < 10000; k++) v = rand();
    printf("rand 10000th: %d, RAND_MAX %d\n", v, RAND_MAX);
  }
}

static jmp_buf jump;
static int depth;

static void dive(int n) {
  depth = n;
  if (n == 5) longjmp(jump, n * 10);
  if (n < 100) dive(n + 1);
}

static void test_setjmp(void) {
  volatile int counter = 0;
  int r = setjmp(jump);
  printf("setjmp returned %d (counter %d)\n", r, counter);
  counter++;
  if (r == 0) dive(0);
  else if (r == 50) longjmp(jump, 0); /* longjmp with 0 makes setjmp return 1 */
  printf("after longjmps: depth %d counter %d\n", depth, counter);
}

static void first(void) { printf("atexit: first registered, runs last\n"); }
static void second(void) { printf("atexit: second registered, runs first\n"); }

int main(void) {
  test_conversions();
  test_sorting();
  test_arithmetic();
  test_environment();
  test_rand();
  test_setjmp();
  atexit(first);
  atexit(second);
  printf("exit with buffered output and status 7");
  exit(7);
}
