// Variadic functions with stdarg: reading ints and pointers, passing va_list on.
// (What <stdarg.h> defines, spelled out: the program does not depend on a C library's headers.)
typedef __builtin_va_list va_list;
#define va_start(ap, last) __builtin_va_start(ap, last)
#define va_arg(ap, type) __builtin_va_arg(ap, type)
#define va_end(ap) __builtin_va_end(ap)
int printf(const char *, ...);
int vsprintf(char *, const char *, va_list);

static int sum(int n, ...) {
  va_list ap;
  va_start(ap, n);
  int s = 0;
  for (int i = 0; i < n; i++) s += va_arg(ap, int);
  va_end(ap);
  return s;
}

static int concat_len(const char *first, ...) {
  va_list ap;
  va_start(ap, first);
  int n = 0;
  for (const char *s = first; s; s = va_arg(ap, const char *))
    while (*s++) n++;
  va_end(ap);
  return n;
}

static void say(char *buf, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  vsprintf(buf, fmt, ap);
  va_end(ap);
}

int main(void) {
  printf("%d %d %d\n", sum(0), sum(3, 1, 2, 3), sum(5, -1, -2, -3, -4, 100));
  printf("%d\n", concat_len("ab", "cde", "", "f", (char *)0));
  char buf[64];
  say(buf, "%s=%d", "x", 42);
  printf("%s\n", buf);
  return 0;
}
