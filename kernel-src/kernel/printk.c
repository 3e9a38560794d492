// printk.c — formatted output to the console, with log levels (as Linux's printk).
//
// A message may start with a level, KERN_ERR "..." (the byte 1 and a digit 0–7); it is shown
// only when its level is below console_loglevel (default 7; `loglevel=N` on the command line).
// A message without a level (the monitor's output) is always shown. Errors and warnings are
// coloured on the VGA screen. The format language is a printf subset:
// %d %i %u %x %X %p %s %c %%, with flags '-' and '0', a field width, and 'l' (ignored: long is
// int here). vformat is the one implementation; snprintf writes into a buffer with it.
#include "types.h"
#include "kernel.h"

int console_loglevel = 7;
#define NO_LEVEL (-1) // below every console_loglevel

static const char digits_lower[] = "0123456789abcdef";
static const char digits_upper[] = "0123456789ABCDEF";

// Writes n in `base` with the field rules, through put; returns the characters written.
static int format_number(void (*put)(char, void *), void *arg, uint32_t n, int base, bool upper,
                         bool negative, int width, bool zero, bool left) {
  char buf[12];
  int len = 0;
  const char *digits = upper ? digits_upper : digits_lower;
  do {
    buf[len++] = digits[n % base];
    n /= base;
  } while (n);
  int total = len + (negative ? 1 : 0);
  int count = 0;
  if (negative && zero) put('-', arg), count++;
  if (!left)
    for (; total < width; total++) put(zero ? '0' : ' ', arg), count++;
  if (negative && !zero) put('-', arg), count++;
  while (len > 0) put(buf[--len], arg), count++;
  for (; left && total < width; total++) put(' ', arg), count++;
  return count;
}

int vformat(void (*put)(char, void *), void *arg, const char *fmt, va_list ap) {
  int count = 0;
  for (; *fmt; fmt++) {
    if (*fmt != '%') {
      put(*fmt, arg), count++;
      continue;
    }
    bool left = false, zero = false;
    int width = 0;
    fmt++;
    for (;; fmt++) {
      if (*fmt == '-') left = true;
      else if (*fmt == '0') zero = true;
      else break;
    }
    while (*fmt >= '0' && *fmt <= '9') width = width * 10 + (*fmt++ - '0');
    while (*fmt == 'l') fmt++;
    switch (*fmt) {
    case 'd':
    case 'i': {
      int v = va_arg(ap, int);
      uint32_t mag = v < 0 ? 0u - (uint32_t)v : (uint32_t)v;
      count += format_number(put, arg, mag, 10, false, v < 0, width, zero, left);
      break;
    }
    case 'u':
      count += format_number(put, arg, va_arg(ap, uint32_t), 10, false, false, width, zero, left);
      break;
    case 'x':
    case 'X':
      count += format_number(put, arg, va_arg(ap, uint32_t), 16, *fmt == 'X', false, width, zero,
                             left);
      break;
    case 'p':
      put('0', arg), put('x', arg), count += 2;
      count += format_number(put, arg, (uint32_t)va_arg(ap, void *), 16, false, false, 8, true,
                             false);
      break;
    case 's': {
      const char *s = va_arg(ap, const char *);
      if (!s) s = "(null)";
      int len = (int)strlen(s);
      for (int i = len; !left && i < width; i++) put(' ', arg), count++;
      for (int i = 0; i < len; i++) put(s[i], arg), count++;
      for (int i = len; left && i < width; i++) put(' ', arg), count++;
      break;
    }
    case 'c':
      put((char)va_arg(ap, int), arg), count++;
      break;
    case '%':
      put('%', arg), count++;
      break;
    case 0:
      return count; // a lone '%' at the end
    default:
      put('%', arg), put(*fmt, arg), count += 2;
      break;
    }
  }
  return count;
}

static void put_console(char c, void *arg) {
  (void)arg;
  console_putc(c);
}

int vprintk(const char *fmt, va_list ap) {
  int level = NO_LEVEL;
  if (fmt[0] == '\001' && fmt[1] >= '0' && fmt[1] <= '7') {
    level = fmt[1] - '0';
    fmt += 2;
  }
  if (level >= console_loglevel) return 0;
  uint8_t saved = vga_get_color();
  if (level >= 0 && level <= 3) vga_set_color(VGA_COLOR(VGA_LIGHT_RED, VGA_BLACK));
  else if (level == 4) vga_set_color(VGA_COLOR(VGA_YELLOW, VGA_BLACK));
  int n = vformat(put_console, NULL, fmt, ap);
  vga_set_color(saved);
  return n;
}

int printk(const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  int n = vprintk(fmt, ap);
  va_end(ap);
  return n;
}

struct buffer {
  char *p;
  size_t left; // room for characters, the terminating zero not counted
};

static void put_buffer(char c, void *arg) {
  struct buffer *b = arg;
  if (b->left > 0) *b->p++ = c, b->left--;
}

int snprintf(char *buf, size_t size, const char *fmt, ...) {
  struct buffer b = {buf, size > 0 ? size - 1 : 0};
  va_list ap;
  va_start(ap, fmt);
  int n = vformat(put_buffer, &b, fmt, ap);
  va_end(ap);
  if (size > 0) *b.p = 0;
  return n;
}
