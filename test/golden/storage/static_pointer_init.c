// Static locals initialized with addresses of statics and of string literals, used across calls.
int printf(const char *, ...);

static int pool[8] = { 1, 2, 3, 4, 5, 6, 7, 8 };

static int next(void) {
  static int *cursor = pool;
  static int *const end = pool + 8;
  if (cursor == end) cursor = pool;
  return *cursor++;
}

static const char *label(int i) {
  static const char *const labels[] = { "zero", "one", "two" };
  static const char *fallback = "many";
  return i < 3 ? labels[i] : fallback;
}

int main(void) {
  int s = 0;
  for (int i = 0; i < 20; i++) s += next();
  printf("sum of 20 draws %d\n", s);
  for (int i = 0; i < 5; i++) printf("%s ", label(i));
  printf("\n");
  return s;
}
