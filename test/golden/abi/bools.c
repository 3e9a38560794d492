// ABI: _Bool values across the compilers: conversions to 0 and 1 on each side, in structs too.
int printf(const char *, ...);

struct flags { _Bool a, b; char pad; _Bool c; };

/* gcc side */
_Bool gcc_not(_Bool x);
_Bool gcc_nonzero(int x);
int gcc_count(struct flags f);
struct flags gcc_flags(int bits);
int gcc_call(_Bool (*pred)(int), int x);

/* called by gcc */
_Bool logos_even(int x) { return x % 2 == 0; }

int main(void) {
  printf("%d %d %d %d\n", gcc_not(0), gcc_not(1), gcc_nonzero(256), gcc_nonzero(0));
  struct flags f = {1, 0, 'x', 1};
  printf("%d\n", gcc_count(f));
  struct flags g = gcc_flags(5);
  printf("%d %d %c %d\n", g.a, g.b, g.pad, g.c);
  printf("%d %d\n", gcc_call(logos_even, 4), gcc_call(logos_even, 7));
  _Bool t = gcc_nonzero(-1);
  return t + gcc_count(g) * 2;
}
