// The gcc side of abi/bigreturn.
struct big { int v[8]; char name[12]; };

struct big gcc_make(int seed, const char *name) {
  struct big b;
  for (int i = 0; i < 8; i++) b.v[i] = seed * 10 + i;
  int k = 0;
  for (; name[k] && k < 11; k++) b.name[k] = name[k];
  b.name[k] = 0;
  return b;
}

struct big gcc_reverse(struct big b) {
  struct big r = b;
  for (int i = 0; i < 8; i++) r.v[i] = b.v[7 - i];
  return r;
}

int gcc_total(struct big b) {
  int t = 0;
  for (int i = 0; i < 8; i++) t += b.v[i];
  return t + b.name[0];
}

struct big gcc_call(struct big (*f)(struct big, int), int k) { return f(gcc_make(5, "called"), k); }
