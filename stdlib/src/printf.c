/* The printf family: one formatter, `format`, and the places its output goes (a stream, a
 * descriptor, a string of bounded size).
 *
 * A conversion specification is
 *   % flags* width? ("." precision)? length? conversion
 *   flags = "-" | "+" | " " | "#" | "0";  width, precision = digits | "*"
 *   length = "hh" | "h" | "l" | "z" | "t" | "j";  conversion = d i u o x X c s p n %
 * as C11 7.21.6.1 says. There is no floating point and no long long: Logos C has neither, so
 * "%f" and "%lld" are not conversions; like any unknown conversion they are printed as written. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

/* Where the output goes: `put` receives it in pieces; `count` is what has been produced. */
struct sink {
  void (*put)(struct sink *s, const char *p, size_t n);
  size_t count;
  FILE *stream; /* for vfprintf */
  int fd;       /* for vdprintf */
  char *buf;    /* for vsnprintf: the string and its room, the null included */
  size_t room;
  int failed;
};

#define LEFT 1
#define PLUS 2
#define SPACE 4
#define ALT 8
#define ZERO 16

static void emit(struct sink *s, const char *p, size_t n) {
  if (n == 0) return;
  s->put(s, p, n);
  s->count += n;
}

static void pad(struct sink *s, char c, int n) {
  char block[16];
  memset(block, c, sizeof block);
  for (; n > 0; n -= (int)sizeof block)
    emit(s, block, n < (int)sizeof block ? (size_t)n : sizeof block);
}

/* One integer conversion: the digits of v in the base, at least `prec` of them (-1: the
 * default, 1), after a prefix (sign or 0x), padded to `width`. */
static void format_integer(struct sink *s, unsigned long v, int negative, char conv, int flags,
                           int width, int prec) {
  char digits[32];
  const char *set = conv == 'X' ? "0123456789ABCDEF" : "0123456789abcdef";
  unsigned int base = conv == 'o' ? 8 : conv == 'x' || conv == 'X' || conv == 'p' ? 16 : 10;
  const char *prefix = "";
  int nd = 0, zeros, len;
  while (v != 0) {
    digits[nd++] = set[v % base];
    v /= base;
  }
  if (negative) prefix = "-";
  else if ((conv == 'd' || conv == 'i') && (flags & PLUS)) prefix = "+";
  else if ((conv == 'd' || conv == 'i') && (flags & SPACE)) prefix = " ";
  else if (((flags & ALT) && (conv == 'x' || conv == 'X') && nd > 0) || conv == 'p')
    prefix = conv == 'X' ? "0X" : "0x";
  if (prec >= 0) flags &= ~ZERO; /* a precision turns the 0 flag off */
  zeros = (prec < 0 ? 1 : prec) - nd;
  if (zeros < 0) zeros = 0;
  /* "#" with o: the first digit is a 0 */
  if ((flags & ALT) && conv == 'o' && zeros == 0 && (nd == 0 || digits[nd - 1] != '0')) zeros = 1;
  len = (int)strlen(prefix) + zeros + nd;
  if ((flags & ZERO) && !(flags & LEFT) && width > len) {
    zeros += width - len;
    len = width;
  }
  if (!(flags & LEFT)) pad(s, ' ', width - len);
  emit(s, prefix, strlen(prefix));
  pad(s, '0', zeros);
  while (nd > 0) emit(s, &digits[--nd], 1);
  if (flags & LEFT) pad(s, ' ', width - len);
}

static void format_string(struct sink *s, const char *str, int flags, int width, int prec) {
  size_t n;
  if (str == NULL) str = prec < 0 || prec >= 6 ? "(null)" : ""; /* as glibc */
  n = prec < 0 ? strlen(str) : strnlen(str, (size_t)prec);
  if (!(flags & LEFT)) pad(s, ' ', width - (int)n);
  emit(s, str, n);
  if (flags & LEFT) pad(s, ' ', width - (int)n);
}

/* Reads a decimal number, or "*" from the arguments. */
static int read_count(const char **f, va_list *ap) {
  int n = 0;
  if (**f == '*') {
    (*f)++;
    return va_arg(*ap, int);
  }
  while (**f >= '0' && **f <= '9') n = n * 10 + (*(*f)++ - '0');
  return n;
}

static void format(struct sink *s, const char *fmt, va_list ap0) {
  va_list ap;
  va_copy(ap, ap0);
  while (*fmt) {
    const char *start = fmt, *spec;
    int flags = 0, width = 0, prec = -1;
    char length = 0;
    while (*fmt && *fmt != '%') fmt++;
    emit(s, start, (size_t)(fmt - start));
    if (*fmt == '\0') break;
    spec = fmt++;
    for (;; fmt++) {
      if (*fmt == '-') flags |= LEFT;
      else if (*fmt == '+') flags |= PLUS;
      else if (*fmt == ' ') flags |= SPACE;
      else if (*fmt == '#') flags |= ALT;
      else if (*fmt == '0') flags |= ZERO;
      else break;
    }
    width = read_count(&fmt, &ap);
    if (width < 0) { /* a negative "*" width is the - flag */
      flags |= LEFT;
      width = -width;
    }
    if (*fmt == '.') {
      fmt++;
      prec = read_count(&fmt, &ap);
      if (prec < 0) prec = -1; /* a negative "*" precision is as if there were none */
    }
    if (*fmt == 'h' || *fmt == 'l' || *fmt == 'z' || *fmt == 't' || *fmt == 'j') {
      length = *fmt++;
      if (length == 'h' && *fmt == 'h') {
        length = 'H';
        fmt++;
      }
    }
    switch (*fmt) {
    case 'd':
    case 'i': {
      long v;
      if (length == 'H') v = (signed char)va_arg(ap, int);
      else if (length == 'h') v = (short)va_arg(ap, int);
      else if (length == 'l' || length == 'j') v = va_arg(ap, long);
      else if (length == 'z') v = (long)va_arg(ap, size_t);
      else if (length == 't') v = va_arg(ap, ptrdiff_t);
      else v = va_arg(ap, int);
      format_integer(s, v < 0 ? 0UL - (unsigned long)v : (unsigned long)v, v < 0, *fmt, flags,
                     width, prec);
      break;
    }
    case 'u':
    case 'o':
    case 'x':
    case 'X': {
      unsigned long v;
      if (length == 'H') v = (unsigned char)va_arg(ap, unsigned int);
      else if (length == 'h') v = (unsigned short)va_arg(ap, unsigned int);
      else if (length == 'l' || length == 'j') v = va_arg(ap, unsigned long);
      else if (length == 'z') v = va_arg(ap, size_t);
      else if (length == 't') v = (unsigned long)va_arg(ap, ptrdiff_t);
      else v = va_arg(ap, unsigned int);
      format_integer(s, v, 0, *fmt, flags, width, prec);
      break;
    }
    case 'p': {
      void *p = va_arg(ap, void *);
      if (p == NULL) format_string(s, "(nil)", flags, width, -1); /* as glibc */
      else format_integer(s, (unsigned long)(uintptr_t)p, 0, 'p', flags, width, prec);
      break;
    }
    case 'c': {
      char c = (char)va_arg(ap, int);
      if (!(flags & LEFT)) pad(s, ' ', width - 1);
      emit(s, &c, 1);
      if (flags & LEFT) pad(s, ' ', width - 1);
      break;
    }
    case 's':
      format_string(s, va_arg(ap, const char *), flags, width, prec);
      break;
    case 'n': {
      void *p = va_arg(ap, void *);
      if (length == 'H') *(signed char *)p = (signed char)s->count;
      else if (length == 'h') *(short *)p = (short)s->count;
      else *(int *)p = (int)s->count;
      break;
    }
    case '%':
      emit(s, "%", 1);
      break;
    default: /* not a conversion we know: print it as written */
      if (*fmt == '\0') fmt--;
      emit(s, spec, (size_t)(fmt + 1 - spec));
      break;
    }
    fmt++;
  }
  va_end(ap);
}

/* The result: the count, or -1 when output failed or the count does not fit an int. */
static int result(struct sink *s) {
  return s->failed || s->count > 0x7fffffffU ? -1 : (int)s->count;
}

static void put_stream(struct sink *s, const char *p, size_t n) {
  if (fwrite(p, 1, n, s->stream) != n) s->failed = 1;
}

int vfprintf(FILE *f, const char *fmt, va_list ap) {
  struct sink s;
  memset(&s, 0, sizeof s);
  s.put = put_stream;
  s.stream = f;
  format(&s, fmt, ap);
  return result(&s);
}

int vprintf(const char *fmt, va_list ap) { return vfprintf(stdout, fmt, ap); }

static void put_fd(struct sink *s, const char *p, size_t n) {
  while (n > 0) {
    ssize_t w = write(s->fd, p, n);
    if (w < 0) {
      s->failed = 1;
      return;
    }
    p += w;
    n -= (size_t)w;
  }
}

int vdprintf(int fd, const char *fmt, va_list ap) {
  struct sink s;
  memset(&s, 0, sizeof s);
  s.put = put_fd;
  s.fd = fd;
  format(&s, fmt, ap);
  return result(&s);
}

/* Keeps what fits, leaving room for the null; the count goes on (snprintf returns the length
 * the whole output would have had). */
static void put_string(struct sink *s, const char *p, size_t n) {
  size_t k = n < s->room ? n : s->room;
  memcpy(s->buf, p, k);
  s->buf += k;
  s->room -= k;
}

int vsnprintf(char *str, size_t n, const char *fmt, va_list ap) {
  struct sink s;
  memset(&s, 0, sizeof s);
  s.put = put_string;
  s.buf = str;
  s.room = n > 0 ? n - 1 : 0;
  format(&s, fmt, ap);
  if (n > 0) *s.buf = '\0';
  return result(&s);
}

int vsprintf(char *str, const char *fmt, va_list ap) { return vsnprintf(str, 0x7fffffff, fmt, ap); }

int printf(const char *fmt, ...) {
  va_list ap;
  int r;
  va_start(ap, fmt);
  r = vfprintf(stdout, fmt, ap);
  va_end(ap);
  return r;
}

int fprintf(FILE *f, const char *fmt, ...) {
  va_list ap;
  int r;
  va_start(ap, fmt);
  r = vfprintf(f, fmt, ap);
  va_end(ap);
  return r;
}

int dprintf(int fd, const char *fmt, ...) {
  va_list ap;
  int r;
  va_start(ap, fmt);
  r = vdprintf(fd, fmt, ap);
  va_end(ap);
  return r;
}

int sprintf(char *str, const char *fmt, ...) {
  va_list ap;
  int r;
  va_start(ap, fmt);
  r = vsprintf(str, fmt, ap);
  va_end(ap);
  return r;
}

int snprintf(char *str, size_t n, const char *fmt, ...) {
  va_list ap;
  int r;
  va_start(ap, fmt);
  r = vsnprintf(str, n, fmt, ap);
  va_end(ap);
  return r;
}
