// va_copy: walking the same arguments twice — once to measure, once to print — as vasprintf does.
#include <stdarg.h>
int printf(const char *, ...);
int vsnprintf(char *, unsigned, const char *, va_list);
int vsprintf(char *, const char *, va_list);

static char storage[256];
static int used;

static char *format(const char *fmt, ...) {
  va_list ap, again;
  va_start(ap, fmt);
  va_copy(again, ap);
  int n = vsnprintf(0, 0, fmt, ap);
  va_end(ap);
  char *out = storage + used;
  used += n + 1;
  vsprintf(out, fmt, again);
  va_end(again);
  return out;
}

int main(void) {
  char *a = format("%s has %d items", "cart", 3);
  char *b = format("[%5d|%-5x]", 42, 255);
  char *c = format("%c%c%c", 'x', 'y', 'z');
  printf("%s\n%s\n%s\n", a, b, c);
  printf("used %d\n", used);
  return used;
}
