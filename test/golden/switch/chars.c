// A dense switch over char values (a jump table indexed by a sign-extended byte), escapes included.
int printf(const char *, ...);

static const char *name(char c) {
  switch (c) {
  case '\0': return "NUL";
  case '\a': return "BEL";
  case '\b': return "BS";
  case '\t': return "TAB";
  case '\n': return "LF";
  case '\v': return "VT";
  case '\f': return "FF";
  case '\r': return "CR";
  case '\x1b': return "ESC";
  case ' ': return "SPACE";
  case '\x7f': return "DEL";
  case '\x80': return "0x80";
  case '\xff': return "0xff";
  default: return 0;
  }
}

int main(void) {
  int named = 0;
  for (int i = -128; i < 128; i++) {
    const char *n = name((char)i);
    if (n) {
      named++;
      printf("%d:%s ", i, n);
    }
  }
  printf("\n%d named\n", named);
  return named;
}
