// Adjacent string literals are joined before escapes end: "\x4" "1" is two characters.
int printf(const char *, ...);

#define GREETING "hello" ", " "world"

int main(void) {
  const char a[] = "ab" "cd" "" "ef";
  const char b[] = "\x4" "1";
  const char c[] = "\0" "1";
  const char d[] = GREETING "!";
  printf("%s %d\n", a, (int)sizeof a);
  printf("%d %d %d\n", b[0], b[1], (int)sizeof b);
  printf("%d %d %d\n", c[0], c[1], (int)sizeof c);
  printf("%s %d\n", d, (int)sizeof d);
  const char *lines =
      "first\n"
      "second\n"
      "third\n";
  printf("%s", lines);
  int ok = sizeof a == 7 && b[0] == 4 && b[1] == '1' && c[1] == '1' && sizeof d == 14;
  printf("%s\n", ok ? "ok" : "FAIL");
  return ok ? 0 : 1;
}
