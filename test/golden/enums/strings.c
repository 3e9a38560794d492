// Mapping enums to strings and back: a table indexed by the enum, a search by name.
int printf(const char *, ...);

enum op { ADD, SUB, MUL, DIV, NOPS };
static const char *const op_names[] = {"add", "sub", "mul", "div"};

static int same(const char *a, const char *b) {
  while (*a && *a == *b) a++, b++;
  return *a == *b;
}

static enum op lookup(const char *name) {
  for (enum op o = ADD; o < NOPS; o++)
    if (same(op_names[o], name)) return o;
  return NOPS;
}

static int apply(enum op o, int a, int b) {
  switch (o) {
  case ADD: return a + b;
  case SUB: return a - b;
  case MUL: return a * b;
  case DIV: return b ? a / b : 0;
  default: return -1;
  }
}

int main(void) {
  const char *prog[] = {"mul", "add", "sub", "pow", "div"};
  int acc = 7;
  for (int i = 0; i < 5; i++) {
    enum op o = lookup(prog[i]);
    int before = acc;
    acc = o == NOPS ? acc : apply(o, acc, 3);
    printf("%s(%d) = %d%s\n", prog[i], before, acc, o == NOPS ? " (unknown)" : "");
  }
  return acc;
}
