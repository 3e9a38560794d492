// Run-length encoding and decoding of a string; the round trip gives the text back.
int printf(const char *, ...);

static int encode(const char *s, char *out) {
  char *o = out;
  while (*s) {
    char c = *s;
    int n = 0;
    while (*s == c && n < 9) s++, n++;
    *o++ = (char)('0' + n);
    *o++ = c;
  }
  *o = 0;
  return o - out;
}

static void decode(const char *s, char *out) {
  for (; *s; s += 2)
    for (int n = s[0] - '0'; n > 0; n--) *out++ = s[1];
  *out = 0;
}

int main(void) {
  const char *inputs[] = {"aaabccddddd", "abc", "", "zzzzzzzzzzzz", "aabbaa"};
  int ok = 1;
  for (int i = 0; i < 5; i++) {
    char enc[64], dec[64];
    int n = encode(inputs[i], enc);
    decode(enc, dec);
    const char *a = inputs[i], *b = dec;
    while (*a && *a == *b) a++, b++;
    ok &= *a == *b;
    printf("'%s' -> '%s' (%d) -> '%s'\n", inputs[i], enc, n, dec);
  }
  printf("round trips: %s\n", ok ? "ok" : "FAIL");
  return ok ? 0 : 1;
}
