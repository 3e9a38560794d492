// Character escapes: simple escapes, octal and hex escapes, and their values as ints.
int printf(const char *, ...);

int main(void) {
  const char simple[] = "\a\b\f\n\r\t\v\\\'\"\?";
  for (int i = 0; simple[i]; i++) printf("%d ", simple[i]);
  printf("\n");
  printf("octal: %d %d %d %d\n", '\0', '\7', '\101', '\377');
  printf("hex: %d %d %d\n", '\x41', '\x7f', '\x80');
  const char mixed[] = "A\101\x41\1012";
  printf("mixed: %s (%d bytes)\n", mixed, (int)sizeof mixed);
  printf("quote: %c%c%c\n", '\'', '"', '\\');
  const char nul[] = "ab\0cd";
  printf("embedded NUL: sizeof=%d second=%s\n", (int)sizeof nul, nul + 3);
  int ok = '\n' == 10 && '\t' == 9 && '\x41' == 'A' && '\101' == 'A' && '\377' == -1;
  printf("check: %s\n", ok ? "ok" : "FAIL");
  return !ok;
}
