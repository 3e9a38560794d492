// The gcc side of abi/unions.
union word { unsigned u; unsigned char b[4]; short h[2]; };
struct two_chars { char a, b; };
struct three_shorts { short a, b, c; };

union word gcc_swap_bytes(union word w) {
  union word r;
  for (int i = 0; i < 4; i++) r.b[i] = w.b[3 - i];
  return r;
}

struct two_chars gcc_tc(char a, char b) {
  struct two_chars t = {b, a};
  return t;
}

struct three_shorts gcc_ts(struct three_shorts s) {
  struct three_shorts r = {(short)(s.c * 10), (short)(s.a * 10), (short)(s.b * 10)};
  return r;
}

int gcc_call_union(union word (*f)(union word, int)) {
  union word w = {0x01020304};
  return (int)f(w, 8).u;
}
