// The gcc side of abi/bools.
struct flags { _Bool a, b; char pad; _Bool c; };

_Bool gcc_not(_Bool x) { return !x; }
_Bool gcc_nonzero(int x) { return x; }
int gcc_count(struct flags f) { return f.a + f.b + f.c + (f.pad == 'x'); }
struct flags gcc_flags(int bits) {
  struct flags f = {bits & 1, bits & 2, 'y', bits & 4};
  return f;
}
int gcc_call(_Bool (*pred)(int), int x) { return pred(x) ? 10 : 20; }
