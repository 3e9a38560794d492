// unsigned char values as array indexes (a byte histogram); a plain char would be negative above 127.
int printf(const char *, ...);

int main(void) {
  int counts[256] = { 0 };
  const char *text = "hello, world \xe9\xe9\xff";
  for (const char *p = text; *p; p++) counts[(unsigned char)*p]++;
  for (int i = 0; i < 256; i++)
    if (counts[i]) printf("0x%02x '%c': %d\n", i, i >= 32 && i < 127 ? i : '?', counts[i]);
  signed char sc = (signed char)0xe9;
  printf("as signed char 0xe9 is %d\n", sc);
  return counts['l'];
}
