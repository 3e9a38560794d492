// UTF-8 in byte strings: counting code points and decoding them from the bytes.
int printf(const char *, ...);

static int decode(const unsigned char **p) {
  const unsigned char *s = *p;
  int cp, extra;
  if (s[0] < 0x80) cp = s[0], extra = 0;
  else if ((s[0] & 0xe0) == 0xc0) cp = s[0] & 0x1f, extra = 1;
  else if ((s[0] & 0xf0) == 0xe0) cp = s[0] & 0x0f, extra = 2;
  else cp = s[0] & 0x07, extra = 3;
  for (int i = 1; i <= extra; i++) cp = (cp << 6) | (s[i] & 0x3f);
  *p = s + 1 + extra;
  return cp;
}

int main(void) {
  const char *text = "caf\xc3\xa9 \xe2\x82\xac 5 \xf0\x9f\x98\x80!";
  const unsigned char *p = (const unsigned char *)text;
  int n = 0, bytes = 0;
  while (text[bytes]) bytes++;
  while (*p) {
    int cp = decode(&p);
    printf("U+%04X ", cp);
    n++;
  }
  printf("\n%d bytes, %d code points\n", bytes, n);
  int cont = 0;
  for (int i = 0; i < bytes; i++) cont += (text[i] & 0xc0) == 0x80;
  printf("continuation bytes: %d\n", cont);
  return n == bytes - cont ? 0 : 1;
}
