// The gcc side of abi/structs: by-value struct arguments and returns (hidden pointer, ret 4).
struct pair { int a, b; };
struct big { int v[5]; char tag; };
struct small { char c; short s; };

struct pair gcc_swap(struct pair p) {
  struct pair r = { p.b, p.a };
  p.a = 0; /* the caller's copy is unaffected */
  return r;
}

struct big gcc_scale(struct big b, int k) {
  for (int i = 0; i < 5; i++) b.v[i] *= k;
  b.tag++;
  return b;
}

int gcc_sum_small(struct small x, struct small y, int z) { return x.c + x.s + y.c + y.s + z; }

struct small gcc_make_small(char c, short s) {
  struct small r = { c, s };
  return r;
}

int gcc_call_back(struct pair (*f)(struct pair, int), int k) {
  struct pair p = { 5, 6 };
  struct pair r = f(p, k);
  return r.a * 100 + r.b;
}
