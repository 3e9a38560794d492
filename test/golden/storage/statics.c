// File-scope and function-scope statics, tentative definitions, and their zero initial values.
int printf(const char *, ...);

int counter;
static int hidden = 7;
int table[4] = {1, 2};

static int next_id(void) {
  static int id = 100;
  return id++;
}

static int calls(void) {
  static int n;
  return ++n;
}

int main(void) {
  printf("%d %d %d %d\n", counter, hidden, table[1], table[3]);
  counter += 3;
  printf("%d %d %d\n", next_id(), next_id(), next_id());
  calls();
  calls();
  printf("%d %d\n", calls(), counter);
  return 0;
}
