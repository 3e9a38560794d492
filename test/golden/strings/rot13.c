// Caesar shifts and rot13 over a string; applying rot13 twice gives the text back.
int printf(const char *, ...);

static void shift(char *s, int k) {
  for (; *s; s++) {
    if (*s >= 'a' && *s <= 'z') *s = 'a' + (*s - 'a' + k + 26) % 26;
    else if (*s >= 'A' && *s <= 'Z') *s = 'A' + (*s - 'A' + k + 26) % 26;
  }
}

static int same(const char *a, const char *b) {
  while (*a && *a == *b) a++, b++;
  return *a == *b;
}

int main(void) {
  char text[] = "Hello, World! The Zebra at 10.";
  char copy[sizeof text];
  for (unsigned i = 0; i < sizeof text; i++) copy[i] = text[i];
  shift(text, 13);
  printf("rot13: %s\n", text);
  shift(text, 13);
  printf("back:  %s (%s)\n", text, same(text, copy) ? "same" : "DIFFERENT");
  shift(text, 3);
  printf("+3:    %s\n", text);
  shift(text, -3);
  printf("-3:    %s\n", text);
  return same(text, copy) ? 0 : 1;
}
