// Base64 encoding of byte strings, with '=' padding for one and two trailing bytes.
int printf(const char *, ...);

static const char table[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

static void encode(const unsigned char *in, int n, char *out) {
  int i = 0;
  for (; i + 2 < n; i += 3) {
    unsigned v = in[i] << 16 | in[i + 1] << 8 | in[i + 2];
    for (int k = 18; k >= 0; k -= 6) *out++ = table[(v >> k) & 63];
  }
  if (n - i == 1) {
    unsigned v = in[i] << 16;
    *out++ = table[v >> 18], *out++ = table[(v >> 12) & 63], *out++ = '=', *out++ = '=';
  } else if (n - i == 2) {
    unsigned v = in[i] << 16 | in[i + 1] << 8;
    *out++ = table[v >> 18], *out++ = table[(v >> 12) & 63], *out++ = table[(v >> 6) & 63], *out++ = '=';
  }
  *out = 0;
}

int main(void) {
  const char *inputs[] = {"", "f", "fo", "foo", "foob", "fooba", "foobar", "Logos C\xff\xfe"};
  for (int i = 0; i < 8; i++) {
    char out[32];
    int n = 0;
    while (inputs[i][n]) n++;
    encode((const unsigned char *)inputs[i], n, out);
    printf("%d: %s\n", n, out);
  }
  return 0;
}
