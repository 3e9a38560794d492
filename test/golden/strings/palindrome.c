// Palindromes: two pointers walking in from both ends, skipping what is not a letter.
int printf(const char *, ...);

static int letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
static char lower(char c) { return c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c; }

static int palindrome(const char *s) {
  const char *e = s;
  while (*e) e++;
  if (e == s) return 1;
  e--;
  while (s < e) {
    if (!letter(*s)) { s++; continue; }
    if (!letter(*e)) { e--; continue; }
    if (lower(*s) != lower(*e)) return 0;
    s++, e--;
  }
  return 1;
}

int main(void) {
  const char *tests[] = {"racecar", "A man, a plan, a canal: Panama!", "hello", "", "ab", "Abba", "No 'x' in Nixon"};
  int count = 0;
  for (unsigned i = 0; i < sizeof tests / sizeof *tests; i++) {
    int p = palindrome(tests[i]);
    count += p;
    printf("\"%s\": %s\n", tests[i], p ? "yes" : "no");
  }
  return count;
}
