// String literals as arrays: indexing a literal, dereferencing one, pointer arithmetic on it.
int printf(const char *, ...);

static const char *suffix(const char *s, int n) { return s + n; }

int main(void) {
  printf("%c %c %c\n", "abc"[1], *"xyz", *("xyz" + 2));
  printf("%s\n", "hello, world" + 7);
  printf("%s\n", suffix("prefix-suffix", 7));
  printf("%d\n", (int)sizeof("abc"));
  const char *p = "digits: 0123456789";
  int n = 0;
  while (*p) {
    if (*p >= '0' && *p <= '9') n += *p - '0';
    p++;
  }
  printf("digit sum %d\n", n);
  const char *hex = "0123456789abcdef";
  unsigned v = 0xc0ffee;
  char out[9];
  for (int i = 7; i >= 0; i--, v >>= 4) out[i] = hex[v & 15];
  out[8] = 0;
  printf("hex %s\n", out);
  printf("%c\n", "0123456789"[7 % 10]);
  return n == 45 ? 0 : 1;
}
