// ctype.h in the C locale: a class table for every ASCII character, and case conversion.
#include <ctype.h>
#include <stdio.h>

int main(void) {
  const char *names = "alnum alpha blank cntrl digit graph lower print punct space upper xdigit";
  printf("%s\n", names);
  int (*const fns[])(int) = {isalnum, isalpha, isblank, iscntrl, isdigit, isgraph, islower, isprint, ispunct, isspace, isupper, isxdigit};
  for (int f = 0; f < 12; f++) {
    int count = 0;
    unsigned bits[4] = {0};
    for (int c = 0; c < 128; c++)
      if (fns[f](c)) count++, bits[c / 32] |= 1u << (c % 32);
    printf("%2d: %3d %08x %08x %08x %08x\n", f, count, bits[0], bits[1], bits[2], bits[3]);
  }
  printf("EOF: %d %d\n", isalpha(-1) != 0, isspace(-1) != 0);
  char s[] = "Hello, World 123!";
  for (char *p = s; *p; p++) *p = (char)toupper((unsigned char)*p);
  printf("%s\n", s);
  for (char *p = s; *p; p++) *p = (char)tolower((unsigned char)*p);
  printf("%s\n", s);
  printf("%d %d %d\n", toupper('a'), tolower('Z'), toupper('5'));
  return isdigit('7') != 0;
}
