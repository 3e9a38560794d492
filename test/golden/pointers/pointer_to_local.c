// A pointer to a caller's local, kept in a callee's static and used while the caller's frame lives.
int printf(const char *, ...);

static int *remembered;

static void remember(int *p) { remembered = p; }
static void bump(void) { (*remembered)++; }

static int work(void) {
  int counter = 0;
  remember(&counter);
  for (int i = 0; i < 5; i++) bump();
  return counter;
}

int main(void) {
  printf("work() = %d\n", work());
  int mine = 100;
  remember(&mine);
  bump();
  bump();
  printf("mine = %d\n", mine);
  return mine;
}
