// vsnprintf and vsprintf behind variadic wrappers: an appending string builder.
#include <stdarg.h>
#include <stdio.h>

struct builder { char buf[48]; int len; int wanted; };

static void append(struct builder *b, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  int room = (int)sizeof b->buf - b->len;
  int n = vsnprintf(b->buf + b->len, room > 0 ? (unsigned)room : 0, fmt, ap);
  va_end(ap);
  b->wanted += n;
  b->len = b->len + n < (int)sizeof b->buf ? b->len + n : (int)sizeof b->buf - 1;
}

static int format(char *out, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  int n = vsprintf(out, fmt, ap);
  va_end(ap);
  return n;
}

int main(void) {
  struct builder b = {"", 0, 0};
  for (int i = 1; i <= 8; i++) append(&b, "%d*%d=%d ", i, i, i * i);
  printf("[%s] len %d wanted %d\n", b.buf, b.len, b.wanted);
  char out[32];
  int n = format(out, "%-5s|%5s|%c", "ab", "cd", 'e');
  printf("[%s] %d\n", out, n);
  return b.wanted;
}
