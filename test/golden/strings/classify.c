// Character classes by comparisons: counting letters, digits, spaces and punctuation.
int printf(const char *, ...);

enum { LETTER, DIGIT, SPACE, PUNCT, OTHER };

static int class_of(char c) {
  if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') return LETTER;
  if (c >= '0' && c <= '9') return DIGIT;
  if (c == ' ' || (c >= '\t' && c <= '\r')) return SPACE;
  if (c > ' ' && c < 127) return PUNCT;
  return OTHER;
}

int main(void) {
  const char *text = "Hello, World! 42 times;\n\tdone\x7f\x80.";
  int counts[5] = {0};
  for (const char *p = text; *p; p++) counts[class_of(*p)]++;
  const char *names[] = {"letters", "digits", "spaces", "punct", "other"};
  for (int i = 0; i < 5; i++) printf("%s: %d\n", names[i], counts[i]);
  int total = 0;
  for (int i = 0; i < 5; i++) total += counts[i];
  int len = 0;
  while (text[len]) len++;
  printf("total %d = length %d\n", total, len);
  return counts[DIGIT];
}
