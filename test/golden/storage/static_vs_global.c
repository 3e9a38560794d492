// A static local hides a global of the same name; each keeps its own value.
int printf(const char *, ...);

int level = 1;

static int bump_local(void) {
  static int level = 100;
  return ++level;
}

static int bump_global(void) { return ++level; }

int main(void) {
  bump_local();
  bump_global();
  bump_local();
  printf("local %d, global %d\n", bump_local(), level);
  printf("global %d\n", bump_global());
  return level;
}
