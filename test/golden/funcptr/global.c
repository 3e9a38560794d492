// Function pointers in file-scope variables: assigned at run time and initialized statically.
int printf(const char *, ...);

static int square(int x) { return x * x; }
static int negate(int x) { return -x; }

int (*hook)(int) = square;
static int (*handlers[3])(int) = {square, 0, negate};
struct entry { const char *name; int (*fn)(int); } entries[] = {{"sq", square}, {"neg", negate}};

static int call(int (*f)(int), int x) { return f ? f(x) : x; }

int main(void) {
  printf("%d\n", hook(7));
  hook = negate;
  printf("%d\n", hook(7));
  for (int i = 0; i < 3; i++) printf("handler %d: %d\n", i, call(handlers[i], 5));
  for (unsigned i = 0; i < sizeof entries / sizeof entries[0]; i++)
    printf("%s(9) = %d\n", entries[i].name, entries[i].fn(9));
  handlers[1] = hook;
  return call(handlers[1], -42);
}
