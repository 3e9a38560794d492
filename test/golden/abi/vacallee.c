// ABI: logosc's variadic functions called by gcc with promoted chars, shorts, pointers and structs.
#include <stdarg.h>
int printf(const char *, ...);

struct pair { short a; char b; };

/* gcc side */
int gcc_drive(void);

int logos_va(const char *types, ...) {
  va_list ap;
  va_start(ap, types);
  int r = 0;
  const char *all = types;
  for (; *types; types++) {
    switch (*types) {
    case 'i': r = r * 7 + va_arg(ap, int); break;
    case 's': r += (int)*va_arg(ap, const char *); break;
    case 'p': {
      struct pair p = va_arg(ap, struct pair);
      r += p.a * 3 + p.b;
      break;
    }
    case 'u': r ^= (int)va_arg(ap, unsigned); break;
    }
  }
  va_end(ap);
  printf("logos_va(%s) = %d\n", all, r);
  return r;
}

int main(void) {
  int r = gcc_drive();
  printf("drive %d\n", r);
  return r & 0x7f;
}
