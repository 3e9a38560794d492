// Reversing the order of words in place: reverse the whole string, then each word.
int printf(const char *, ...);

static void reverse(char *a, char *b) {
  while (a < b) { char t = *a; *a++ = *b; *b-- = t; }
}

static void reverse_words(char *s) {
  char *end = s;
  while (*end) end++;
  if (end == s) return;
  reverse(s, end - 1);
  char *w = s;
  for (char *p = s;; p++) {
    if (*p == ' ' || *p == 0) {
      if (p > w) reverse(w, p - 1);
      w = p + 1;
      if (*p == 0) break;
    }
  }
}

int main(void) {
  char a[] = "one two three four";
  char b[] = "single";
  char c[] = "";
  char d[] = "x y";
  reverse_words(a);
  reverse_words(b);
  reverse_words(c);
  reverse_words(d);
  printf("[%s] [%s] [%s] [%s]\n", a, b, c, d);
  return 0;
}
