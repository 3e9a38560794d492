// Switching on characters of a string: a keyword recognizer as a hand-made trie of switches.
int printf(const char *, ...);

enum kw { NONE, IF, INT, IN, FOR, FLOAT, RETURN };

static enum kw keyword(const char *s) {
  switch (s[0]) {
  case 'i':
    switch (s[1]) {
    case 'f': return s[2] == 0 ? IF : NONE;
    case 'n':
      switch (s[2]) {
      case 0: return IN;
      case 't': return s[3] == 0 ? INT : NONE;
      }
    }
    return NONE;
  case 'f':
    if (s[1] == 'o' && s[2] == 'r' && !s[3]) return FOR;
    if (s[1] == 'l' && s[2] == 'o' && s[3] == 'a' && s[4] == 't' && !s[5]) return FLOAT;
    return NONE;
  case 'r':
    return s[1] == 'e' && s[2] == 't' && s[3] == 'u' && s[4] == 'r' && s[5] == 'n' && !s[6] ? RETURN : NONE;
  default:
    return NONE;
  }
}

int main(void) {
  const char *words[] = {"if", "int", "in", "into", "for", "float", "return", "i", "", "fort", "returns"};
  int n = 0;
  for (int i = 0; i < 11; i++) {
    enum kw k = keyword(words[i]);
    n += k != NONE;
    printf("%-8s %d\n", words[i], k);
  }
  return n;
}
