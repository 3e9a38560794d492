// _Noreturn and static inline functions: an inline function's static local is one object, and a
// _Noreturn function ends the program with its own exit status.
int printf(const char *, ...);
void exit(int) __attribute__((noreturn));

_Noreturn static void die(int code) {
  printf("dying with %d\n", code);
  exit(code);
}

static inline int counter(void) {
  static int n;
  return ++n;
}

static inline int square(int x) { return x * x; }

int main(void) {
  counter();
  counter();
  int third = counter();
  printf("counter %d, square %d\n", third, square(third + 1));
  if (__builtin_expect(counter() == 4, 1)) printf("expected branch\n");
  die(square(3));
}
