// Character arithmetic: digits to values and back, letters by offset, case by a bit.
int printf(const char *, ...);

int main(void) {
  char s[11];
  for (int i = 0; i < 10; i++) s[i] = (char)('0' + (9 - i));
  s[10] = 0;
  printf("%s\n", s);
  int value = 0;
  for (const char *p = "31337"; *p; p++) value = value * 10 + (*p - '0');
  printf("%d\n", value);
  char alpha[27];
  for (int i = 0; i < 26; i++) alpha[i] = (char)('a' + i);
  alpha[26] = 0;
  printf("%s\n", alpha);
  for (int i = 0; i < 26; i++) alpha[i] ^= 0x20;
  printf("%s\n", alpha);
  printf("%d %d %c %c\n", 'z' - 'a', 'A' < 'a', 'a' + 25, "ABC"[2] + 1);
  int hexval = 0;
  for (const char *p = "7fE0"; *p; p++) {
    char c = *p;
    hexval = hexval * 16 + (c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10);
  }
  printf("%d\n", hexval);
  return value % 256;
}
