// Character and line output: puts, putchar, fputs, fputc, fwrite to stdout, in order with printf.
#include <stdio.h>

int main(void) {
  puts("puts adds a newline");
  fputs("fputs does not", stdout);
  putchar('\n');
  for (char c = 'a'; c <= 'e'; c++) putchar(c);
  fputc('\n', stdout);
  fwrite("fwrite of 12", 1, 12, stdout);
  putc('\n', stdout);
  size_t n = fwrite("abcdef", 2, 3, stdout);
  printf(" (%u items)\n", (unsigned)n);
  printf("printf %d", 1);
  puts(" then puts");
  fflush(stdout);
  int r = puts("");
  printf("puts returns non-negative: %d, putchar returns %d\n", r >= 0, putchar('!'));
  return 0;
}
