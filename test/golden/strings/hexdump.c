// Formatting bytes by hand: a hex dump with an ASCII column, built in a char buffer.
int printf(const char *, ...);

static const char digits[] = "0123456789abcdef";

static void dump(const unsigned char *p, int n) {
  for (int off = 0; off < n; off += 8) {
    char line[64], *o = line;
    for (int k = 7; k >= 0; k -= 4) *o++ = digits[(off >> k) & 0xf];
    *o++ = ':';
    for (int i = 0; i < 8; i++) {
      *o++ = ' ';
      if (off + i < n) {
        *o++ = digits[p[off + i] >> 4];
        *o++ = digits[p[off + i] & 15];
      } else *o++ = ' ', *o++ = ' ';
    }
    *o++ = ' ', *o++ = '|';
    for (int i = 0; i < 8 && off + i < n; i++) {
      unsigned char c = p[off + i];
      *o++ = c >= 32 && c < 127 ? (char)c : '.';
    }
    *o++ = '|', *o = 0;
    printf("%s\n", line);
  }
}

int main(void) {
  unsigned char data[] = "Logos\tC\x01\x02\xff compiler!";
  dump(data, sizeof data);
  unsigned word = 0x11223344;
  dump((const unsigned char *)&word, 4);
  return 0;
}
