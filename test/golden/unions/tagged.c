// Tagged unions: a kind field says which member is live; a small value type with printing.
int printf(const char *, ...);

enum kind { INT, CHAR, STR, PAIR };
struct value {
  enum kind kind;
  union {
    int i;
    char c;
    const char *s;
    struct { short a, b; } pair;
  } as;
};

static void print(struct value v) {
  switch (v.kind) {
  case INT: printf("int %d\n", v.as.i); break;
  case CHAR: printf("char '%c'\n", v.as.c); break;
  case STR: printf("str \"%s\"\n", v.as.s); break;
  case PAIR: printf("pair (%d, %d)\n", v.as.pair.a, v.as.pair.b); break;
  }
}

static struct value make_int(int i) { struct value v; v.kind = INT; v.as.i = i; return v; }

int main(void) {
  struct value vs[] = {
    make_int(42),
    {CHAR, {.c = 'x'}},
    {STR, {.s = "text"}},
    {.kind = PAIR, .as.pair = {3, -4}},
  };
  for (int i = 0; i < 4; i++) print(vs[i]);
  printf("sizeof %d, union %d\n", (int)sizeof(struct value), (int)sizeof vs[0].as);
  return vs[3].as.pair.a;
}
