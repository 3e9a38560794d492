// (void) discards a value; the expression is still evaluated, with its side effects.
int printf(const char *, ...);

static int effects;
static int touch(int x) { effects++; return x; }

int main(void) {
  (void)touch(1);
  (void)(touch(2) + touch(3));
  int unused = 5;
  (void)unused;
  (void)0;
  (void)(effects > 0 && touch(4));
  printf("effects = %d\n", effects);
  return effects;
}
