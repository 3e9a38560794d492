// A static local is initialized once, before the program starts, and keeps its value between calls.
int printf(const char *, ...);

static int next_id(void) {
  static int id = 1000;
  return id++;
}

static int calls(void) {
  static int n; /* zero-initialized */
  return ++n;
}

int main(void) {
  for (int i = 0; i < 3; i++) printf("id %d\n", next_id());
  for (int i = 0; i < 4; i++) calls();
  printf("calls %d\n", calls());
  return next_id() - 1000;
}
