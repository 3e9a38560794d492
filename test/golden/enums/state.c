// An enum-driven state machine: counting words, numbers and lines in a text.
int printf(const char *, ...);

enum state { SPACE, WORD, NUMBER };

int main(void) {
  const char *text = "the 3 little pigs\nbuilt 12 houses\n  and 1 fell\n";
  enum state s = SPACE;
  int words = 0, numbers = 0, lines = 0;
  for (const char *p = text; *p; p++) {
    char ch = *p;
    if (ch == '\n') lines++;
    enum state next = ch == ' ' || ch == '\n' ? SPACE : ch >= '0' && ch <= '9' ? NUMBER : WORD;
    if (next != s && next == WORD) words++;
    if (next != s && next == NUMBER) numbers++;
    s = next;
  }
  printf("words %d numbers %d lines %d\n", words, numbers, lines);
  return words;
}
