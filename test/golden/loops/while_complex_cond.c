// A while condition with calls, assignments and short-circuit operators, re-evaluated each time.
int printf(const char *, ...);

static const char *text = "alpha, beta;gamma  delta.";
static int pos;
static int peek(void) { return text[pos]; }
static int is_letter(int c) { return (c >= 'a' && c <= 'z'); }

int main(void) {
  int words = 0, letters = 0, c;
  while ((c = peek()) != 0) {
    if (!is_letter(c)) { pos++; continue; }
    words++;
    while ((c = peek()) && is_letter(c)) { letters++; pos++; }
  }
  printf("words %d letters %d\n", words, letters);
  int a = 0, b = 100, rounds = 0;
  while (a < b && (b - a) % 7 != 0 && rounds < 1000) { a += 3; b -= 2; rounds++; }
  printf("a %d b %d rounds %d\n", a, b, rounds);
  return words;
}
