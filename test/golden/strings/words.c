// Splitting a line into words by hand: pointers to the starts, NULs written over the spaces.
int printf(const char *, ...);

static int split(char *s, char **words, int max) {
  int n = 0;
  while (*s) {
    while (*s == ' ' || *s == '\t') *s++ = 0;
    if (*s == 0) break;
    if (n < max) words[n++] = s;
    while (*s && *s != ' ' && *s != '\t') s++;
  }
  return n;
}

int main(void) {
  char line[] = "  the quick\tbrown   fox  jumps ";
  char *w[8];
  int n = split(line, w, 8);
  printf("%d words\n", n);
  for (int i = 0; i < n; i++) printf("[%s]", w[i]);
  printf("\n");
  int longest = 0;
  for (int i = 1; i < n; i++) {
    int a = 0, b = 0;
    while (w[i][a]) a++;
    while (w[longest][b]) b++;
    if (a > b) longest = i;
  }
  printf("longest: %s\n", w[longest]);
  char empty[] = "   ";
  printf("empty: %d\n", split(empty, w, 8));
  return n;
}
