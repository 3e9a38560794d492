// A tiny printf of our own over va_arg: %d %u %x %s %c %% into a buffer.
#include <stdarg.h>
int printf(const char *, ...);
int sprintf(char *, const char *, ...);

static char *put_unsigned(char *o, unsigned v, unsigned base) {
  char tmp[12];
  int n = 0;
  do tmp[n++] = "0123456789abcdef"[v % base]; while (v /= base);
  while (n) *o++ = tmp[--n];
  return o;
}

static int format(char *out, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  char *o = out;
  for (const char *f = fmt; *f; f++) {
    if (*f != '%') { *o++ = *f; continue; }
    switch (*++f) {
    case 'd': {
      int v = va_arg(ap, int);
      if (v < 0) *o++ = '-', o = put_unsigned(o, 0u - (unsigned)v, 10);
      else o = put_unsigned(o, v, 10);
      break;
    }
    case 'u': o = put_unsigned(o, va_arg(ap, unsigned), 10); break;
    case 'x': o = put_unsigned(o, va_arg(ap, unsigned), 16); break;
    case 'c': *o++ = (char)va_arg(ap, int); break;
    case 's': for (const char *s = va_arg(ap, const char *); *s; s++) *o++ = *s; break;
    case '%': *o++ = '%'; break;
    }
  }
  *o = 0;
  va_end(ap);
  return o - out;
}

int main(void) {
  char buf[128];
  int n = format(buf, "%d %u %x %c %s 100%% %d", -2147483647 - 1, 4294967295u, 0xdeadbeef, 'Z', "str", 0);
  printf("%s (%d)\n", buf, n);
  char ref[128];
  int m = 0;
  m = sprintf(ref, "%d %u %x %c %s 100%% %d", -2147483647 - 1, 4294967295u, 0xdeadbeef, 'Z', "str", 0);
  printf("%s (%d)\n", ref, m);
  return n == m ? 0 : 1;
}
