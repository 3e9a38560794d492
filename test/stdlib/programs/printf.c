/* The printf conformance table: thousands of format/argument cases, each printed as
 * "format -> [output] length", for every combination of the flags that C defines for a
 * conversion, several widths and precisions, and values at the edges of each type; then the
 * length modifiers, %c %s %p %n %%, "*" widths and precisions, snprintf's truncation and return
 * value, and each function of the family. The test compares it all with glibc's output. */
#include <limits.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static int cases;
static int step = 1; /* 1: every case of the integer table; N: every Nth (for slow runners) */

static void show(const char *fmt, const char *out, int n) {
  printf("%s -> [%s] %d\n", fmt, out, n);
  cases++;
}

/* Builds "%" flags width precision conv; flags are the bits of `set` over "-+ #0". */
static void build(char *fmt, unsigned int set, const char *allowed, const char *width,
                  const char *prec, const char *length, char conv) {
  char *p = fmt;
  *p++ = '%';
  for (unsigned int k = 0; allowed[k]; k++)
    if (set & (1u << k)) *p++ = allowed[k];
  strcpy(p, width);
  strcat(p, prec);
  strcat(p, length);
  p += strlen(p);
  *p++ = conv;
  *p = '\0';
}

static void integer_table(void) {
  static const int values[] = {0, 1, -1, 7, 42, -42, 255, 4096, 123456789, INT_MAX, INT_MIN};
  static const char *widths[] = {"", "1", "6", "14"};
  static const char *precs[] = {"", ".", ".0", ".1", ".5", ".12"};
  static const char convs[] = "diuoxX";
  char fmt[32], out[128];
  for (const char *c = convs; *c; c++) {
    /* C defines "+" and " " for signed conversions, "#" for o x X; "-" and "0" for all. */
    const char *allowed = (*c == 'd' || *c == 'i') ? "-+ 0" : (*c == 'u') ? "-0" : "-#0";
    unsigned int subsets = 1u << strlen(allowed);
    for (unsigned int set = 0; set < subsets; set++) {
      for (unsigned int w = 0; w < sizeof widths / sizeof widths[0]; w++) {
        for (unsigned int p = 0; p < sizeof precs / sizeof precs[0]; p++) {
          for (unsigned int v = 0; v < sizeof values / sizeof values[0]; v++) {
            static int counter;
            int n;
            if (counter++ % step != 0) continue;
            build(fmt, set, allowed, widths[w], precs[p], "", *c);
            n = snprintf(out, sizeof out, fmt, values[v]);
            printf("%d: ", values[v]);
            show(fmt, out, n);
          }
        }
      }
    }
  }
}

static void length_modifiers(void) {
  static const long values[] = {0, 1, -1, 127, 128, 255, 256, 32767, 32768, 65535, 65536,
                                -129, -32769, LONG_MAX, LONG_MIN};
  /* not j: glibc's intmax_t is 64 bits, ours 32 */
  static const char *lengths[] = {"hh", "h", "l", "z", "t", ""};
  static const char convs[] = "diuoxX";
  char fmt[32], out[128];
  for (unsigned int l = 0; l < sizeof lengths / sizeof lengths[0]; l++) {
    for (const char *c = convs; *c; c++) {
      for (unsigned int v = 0; v < sizeof values / sizeof values[0]; v++) {
        int n;
        build(fmt, 0, "", "", "", lengths[l], *c);
        /* On i386 every one of these is passed as one 32-bit word. */
        n = snprintf(out, sizeof out, fmt, values[v]);
        printf("%ld: ", values[v]);
        show(fmt, out, n);
      }
    }
  }
  {
    size_t z = 4000000000u;
    ptrdiff_t t = -5;
    snprintf(out, sizeof out, "%zu %zx %td %tx", z, z, t, (size_t)t);
    show("%zu %zx %td %tx", out, (int)strlen(out));
  }
}

static void chars_and_strings(void) {
  char *volatile null = NULL; /* volatile: gcc would warn about a literal null */
  static const char *formats[] = {"%c", "%5c", "%-5c", "%1c", "%s", "%10s", "%-10s", "%.3s",
                                  "%10.3s", "%-10.3s", "%.0s", "%.10s", "%2s", "%.*s", "%*s",
                                  "%-*s"};
  static const char *strings[] = {"", "a", "hello", "hello, world"};
  char out[128];
  int n;
  for (unsigned int f = 0; f < sizeof formats / sizeof formats[0]; f++) {
    for (unsigned int s = 0; s < sizeof strings / sizeof strings[0]; s++) {
      if (formats[f][strlen(formats[f]) - 1] == 'c') {
        n = snprintf(out, sizeof out, formats[f], strings[s][0] ? strings[s][0] : 'Z');
      } else if (strchr(formats[f], '*')) {
        n = snprintf(out, sizeof out, formats[f], 7, strings[s]);
        show(formats[f], out, n);
        n = snprintf(out, sizeof out, formats[f], -7, strings[s]);
      } else {
        n = snprintf(out, sizeof out, formats[f], strings[s]);
      }
      show(formats[f], out, n);
    }
  }
  n = snprintf(out, sizeof out, "[%c%c%c]", 'a', 0x100 + 'b', -1);
  show("%c of ints", out, n);
  /* glibc prints "(null)" for a null string, or nothing when the precision is under 6. */
  n = snprintf(out, sizeof out, "%s|%10s|%-8s|%.3s|%.6s", null, null, null, null, null);
  show("%s of NULL", out, n);
}

static void pointers_and_specials(void) {
  char out[128];
  int n, counted = -1;
  signed char hh = -1;
  short h = -1;
  n = snprintf(out, sizeof out, "%p|%20p|%-20p|", (void *)0, (void *)0, (void *)0);
  show("%p NULL", out, n);
  n = snprintf(out, sizeof out, "%p|%12p|%-12p|", (void *)0x1234, (void *)0xdeadbeef,
               (void *)0x10);
  show("%p", out, n);
  n = snprintf(out, sizeof out, "100%%|%%%d%%", 5);
  show("%%", out, n);
  n = snprintf(out, sizeof out, "abc%ndef%hhn%hn", &counted, &hh, &h);
  printf("%%n: %d %d %d ", counted, hh, h);
  show("abc%ndef%hhn%hn", out, n);
  n = snprintf(out, sizeof out, "%*d|%-*d|%*d|%.*d|%.*d|%*.*d", 6, 42, 6, 42, -6, 42, 4, 42, -4,
               42, 8, 5, 42);
  show("stars", out, n);
  n = snprintf(out, sizeof out, "%0*d|%-*d|%0*x", 7, -42, 7, -42, 9, 0xbeef);
  show("zero stars", out, n);
  n = snprintf(out, sizeof out, "%d%%%d%s%c", 1, 2, "three", '4');
  show("run-on", out, n);
  n = snprintf(out, sizeof out, "no conversions at all");
  show("plain", out, n);
  n = snprintf(out, sizeof out, "%s", "");
  show("empty", out, n);
}

static void truncation(void) {
  char out[32];
  int n;
  size_t sizes[] = {0, 1, 2, 5, 11, 12, 13, 32};
  for (unsigned int k = 0; k < sizeof sizes / sizeof sizes[0]; k++) {
    memset(out, '#', sizeof out);
    n = snprintf(out, sizes[k], "hello %s!", "world");
    printf("snprintf size %u: returns %d, buffer [%.*s] then %d\n", (unsigned)sizes[k], n,
           sizes[k] ? (int)sizes[k] : 0, out, sizes[k] < sizeof out ? out[sizes[k]] : 0);
  }
  n = snprintf(NULL, 0, "%d-%s", 12345, "abc");
  printf("snprintf(NULL, 0): %d\n", n);
  {
    static char big[10000];
    const char *volatile wide = "%5000d|"; /* volatile: gcc warns that it truncates */
    memset(big, 'x', sizeof big - 1);
    n = snprintf(out, sizeof out, "%s%s", big, big);
    printf("long: %d [%s]\n", n, out);
    n = snprintf(out, sizeof out, wide, 7);
    printf("wide: %d %u\n", n, (unsigned)strlen(out));
  }
}

static int via_vsnprintf(char *buf, size_t n, const char *fmt, ...) {
  va_list ap;
  int r;
  va_start(ap, fmt);
  r = vsnprintf(buf, n, fmt, ap);
  va_end(ap);
  return r;
}

static int via_vsprintf(char *buf, const char *fmt, ...) {
  va_list ap;
  int r;
  va_start(ap, fmt);
  r = vsprintf(buf, fmt, ap);
  va_end(ap);
  return r;
}

static int via_vprintf(const char *fmt, ...) {
  va_list ap;
  int r;
  va_start(ap, fmt);
  r = vprintf(fmt, ap);
  va_end(ap);
  return r;
}

static int via_vfprintf(FILE *f, const char *fmt, ...) {
  va_list ap;
  int r;
  va_start(ap, fmt);
  r = vfprintf(f, fmt, ap);
  va_end(ap);
  return r;
}

static int via_vdprintf(int fd, const char *fmt, ...) {
  va_list ap;
  int r;
  va_start(ap, fmt);
  r = vdprintf(fd, fmt, ap);
  va_end(ap);
  return r;
}

static void family(void) {
  char out[64];
  int n;
  n = sprintf(out, "sprintf %d %s", 1, "x");
  show("sprintf", out, n);
  n = via_vsnprintf(out, 8, "vsnprintf %d", 123);
  show("vsnprintf", out, n);
  n = via_vsprintf(out, "vsprintf %x", 255);
  show("vsprintf", out, n);
  n = printf("printf %05d\n", 42);
  printf("printf returned %d\n", n);
  n = via_vprintf("vprintf %s\n", "ok");
  printf("vprintf returned %d\n", n);
  n = fprintf(stdout, "fprintf %c\n", 'y');
  printf("fprintf returned %d\n", n);
  n = via_vfprintf(stdout, "vfprintf %u\n", 3000000000u);
  printf("vfprintf returned %d\n", n);
  fflush(stdout);
  n = dprintf(1, "dprintf %d\n", -1);
  printf("dprintf returned %d\n", n);
  fflush(stdout);
  n = via_vdprintf(1, "vdprintf %o\n", 8);
  printf("vdprintf returned %d\n", n);
  n = dprintf(-1, "to a bad descriptor");
  printf("dprintf to a bad descriptor returned %d\n", n);
}

/* Usage: printf [SCRATCH [STEP]] (the scratch folder is not used) */
int main(int argc, char **argv) {
  if (argc > 2) step = atoi(argv[2]);
  if (step < 1) step = 1;
  integer_table();
  length_modifiers();
  chars_and_strings();
  pointers_and_specials();
  truncation();
  family();
  printf("%d cases\n", cases);
  return 0;
}
