// Stringizing tricky tokens: quotes and backslashes inside string and character literals are escaped.
int printf(const char *, ...);

#define STR(x) #x

int main(void) {
  printf("%s\n", STR('"'));
  printf("%s\n", STR("\n"));
  printf("%s\n", STR('\''));
  printf("%s\n", STR("a\"b"));
  printf("%s\n", STR(a = "x\\y";));
  printf("%d\n", (int)sizeof STR("\n"));
  return sizeof STR('"');
}
