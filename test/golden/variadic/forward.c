// Passing a va_list on: a logging wrapper around vsnprintf, and a va_list walked by a helper.
#include <stdarg.h>
int printf(const char *, ...);
int vsnprintf(char *, unsigned, const char *, va_list);

static int logged;

static void say(const char *level, const char *fmt, ...) {
  char buf[80];
  va_list ap;
  va_start(ap, fmt);
  int n = vsnprintf(buf, sizeof buf, fmt, ap);
  va_end(ap);
  logged += n;
  printf("[%s] %s (%d)\n", level, buf, n);
}

static int sum_list(int n, va_list ap) {
  int s = 0;
  while (n--) s += va_arg(ap, int);
  return s;
}

static int sum(int n, ...) {
  va_list ap;
  va_start(ap, n);
  int s = sum_list(n, ap);
  va_end(ap);
  return s;
}

int main(void) {
  say("info", "%d + %d = %d", 2, 3, 2 + 3);
  say("warn", "%s is %x", "value", 255);
  say("error", "%-6s|%5d|", "left", -42);
  printf("sum %d, logged %d\n", sum(4, 10, 20, 30, 40), logged);
  return sum(3, 1, 2, 3);
}
