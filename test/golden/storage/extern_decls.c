// extern declarations before the definition, at file scope and in functions, name one object.
int printf(const char *, ...);

extern int shared;
extern int values[];
static int use(void);

int main(void) {
  printf("shared %d, values[2] %d\n", shared, values[2]);
  shared = 5;
  printf("use() = %d\n", use());
  return use();
}

int shared = 1;
int values[3] = { 7, 8, 9 };

static int use(void) {
  extern int shared;
  return shared * 10 + values[0];
}
