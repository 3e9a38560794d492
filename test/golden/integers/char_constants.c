// Character constants are ints: escapes (simple, octal, hex), their values, and octal escapes in
// strings that stop after three digits.
int printf(const char *, ...);

int main(void) {
  _Static_assert(sizeof 'a' == sizeof(int), "a character constant is an int");
  _Static_assert(sizeof "abc" == 4, "a string literal's size counts the NUL");
  printf("%d %d %d %d %d\n", '\0', '\177', '\x7f', '\x41', '\101');
  printf("%d %d %d %d %d %d %d\n", '\a', '\b', '\f', '\n', '\r', '\t', '\v');
  printf("%d %d %d %d\n", '\\', '\'', '\"', '\?');
  printf("\"\\1234\": %d %d, %u bytes\n", "\1234"[0], "\1234"[1], (unsigned)sizeof "\1234");
  printf("'\\xff' %d, '\\377' %d, (unsigned char)'\\xff' %d\n", '\xff', '\377', (unsigned char)'\xff');
  int sum = 0;
  for (const char *p = "\x01\x02\003\4"; *p; p++) sum += *p;
  printf("sum %d\n", sum);
  return '\n';
}
