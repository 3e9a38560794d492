// ABI: large structs returned through the hidden pointer, chained between the compilers.
int printf(const char *, ...);

struct big { int v[8]; char name[12]; };

/* gcc side */
struct big gcc_make(int seed, const char *name);
struct big gcc_reverse(struct big b);
int gcc_total(struct big b);
struct big gcc_call(struct big (*f)(struct big, int), int k);

/* called by gcc */
struct big logos_scale(struct big b, int k) {
  for (int i = 0; i < 8; i++) b.v[i] *= k;
  b.name[0] = 'L';
  return b;
}

int main(void) {
  struct big a = gcc_make(1, "alpha");
  struct big r = gcc_reverse(a);
  printf("%s: %d..%d, reversed %d..%d\n", a.name, a.v[0], a.v[7], r.v[0], r.v[7]);
  printf("total %d\n", gcc_total(gcc_reverse(gcc_make(2, "beta"))));
  struct big c = gcc_call(logos_scale, 3);
  printf("%s %d %d\n", c.name, c.v[1], c.v[7]);
  printf("%d\n", gcc_reverse(logos_scale(a, -1)).v[0]);
  return gcc_total(a) % 256;
}
