// ABI: unions and small structs by value across the compilers, as arguments and as results.
int printf(const char *, ...);

union word { unsigned u; unsigned char b[4]; short h[2]; };
struct two_chars { char a, b; };
struct three_shorts { short a, b, c; };

/* gcc side */
union word gcc_swap_bytes(union word w);
struct two_chars gcc_tc(char a, char b);
struct three_shorts gcc_ts(struct three_shorts s);
int gcc_call_union(union word (*f)(union word, int));

/* called by gcc */
union word logos_shift(union word w, int k) { w.u <<= k; return w; }

int main(void) {
  union word w = {0x11223344};
  union word s = gcc_swap_bytes(w);
  printf("%08x %08x\n", w.u, s.u);
  struct two_chars t = gcc_tc('x', 'y');
  printf("%c%c\n", t.a, t.b);
  struct three_shorts ts = {1, -2, 3};
  struct three_shorts r = gcc_ts(ts);
  printf("%d %d %d\n", r.a, r.b, r.c);
  printf("%08x\n", gcc_call_union(logos_shift));
  return t.b - t.a;
}
