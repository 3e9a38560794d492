// Default argument promotions: char, short and _Bool arguments arrive as int in the variadic part.
#include <stdarg.h>
int printf(const char *, ...);

static void show(const char *types, ...) {
  va_list ap;
  va_start(ap, types);
  for (const char *t = types; *t; t++) {
    switch (*t) {
    case 'c': printf("char %d; ", (char)va_arg(ap, int)); break;
    case 'u': printf("uchar %d; ", (unsigned char)va_arg(ap, int)); break;
    case 's': printf("short %d; ", (short)va_arg(ap, int)); break;
    case 'b': printf("bool %d; ", va_arg(ap, int)); break;
    case 'U': printf("unsigned %u; ", va_arg(ap, unsigned)); break;
    case 'l': printf("long %ld; ", va_arg(ap, long)); break;
    }
  }
  va_end(ap);
  printf("\n");
}

int main(void) {
  char c = -5;
  unsigned char uc = 250;
  short s = -1234;
  unsigned short us = 60000;
  _Bool b = 7;
  show("cusbUl", c, uc, s, b, 4000000000u, -70000L);
  show("ss", us, (short)us);
  show("c", 'A');
  return 0;
}
