// Characters and strings: literals, escapes, walking strings, writing into char arrays.
int printf(const char *, ...);
int puts(const char *);

static int length(const char *s) { int n = 0; while (*s++) n++; return n; }
static void reverse(char *s) {
  int n = length(s);
  for (int i = 0; i < n / 2; i++) { char t = s[i]; s[i] = s[n - 1 - i]; s[n - 1 - i] = t; }
}
static int compare(const char *a, const char *b) {
  while (*a && *a == *b) a++, b++;
  return (unsigned char)*a - (unsigned char)*b;
}

int main(void) {
  char buf[32] = "Hello, world";
  printf("%d %s\n", length(buf), buf);
  reverse(buf);
  puts(buf);
  printf("%d %d %d\n", compare("abc", "abd") < 0, compare("b", "a") > 0, compare("same", "same"));
  printf("tab\there \"quoted\" back\\slash %c%c\n", 'o', '\x6b');
  const char *words[] = {"alpha", "beta", "gamma"};
  for (int i = 0; i < 3; i++) printf("%c", words[i][0] - 32);
  printf("\n%d\n", (int)sizeof "four");
  char up[] = "shout";
  for (char *p = up; *p; p++) *p -= 'a' - 'A';
  puts(up);
  return 0;
}
