// Character arithmetic: case conversion, digit values, Caesar shifts, with chars promoted to int.
int printf(const char *, ...);

static char rot13(char c) {
  if (c >= 'a' && c <= 'z') return (char)('a' + (c - 'a' + 13) % 26);
  if (c >= 'A' && c <= 'Z') return (char)('A' + (c - 'A' + 13) % 26);
  return c;
}

int main(void) {
  char msg[] = "Hello, World 2026!";
  for (int i = 0; msg[i]; i++) msg[i] = rot13(msg[i]);
  printf("%s\n", msg);
  for (int i = 0; msg[i]; i++) msg[i] = rot13(msg[i]);
  printf("%s\n", msg);
  int value = 0;
  for (const char *p = "48213"; *p; p++) value = value * 10 + (*p - '0');
  printf("value %d\n", value);
  char upper[6] = "logos";
  for (int i = 0; upper[i]; i++) upper[i] = (char)(upper[i] - 'a' + 'A');
  printf("%s, 'z' - 'a' = %d\n", upper, 'z' - 'a');
  return value % 256;
}
