// ABI: structs passed and returned by value between logosc's code and gcc's (abi/structs.gcc.c).
int printf(const char *, ...);

struct pair { int a, b; };
struct big { int v[5]; char tag; };
struct small { char c; short s; };

/* defined by gcc */
struct pair gcc_swap(struct pair p);
struct big gcc_scale(struct big b, int k);
int gcc_sum_small(struct small x, struct small y, int z);
struct small gcc_make_small(char c, short s);
int gcc_call_back(struct pair (*f)(struct pair, int), int k);

/* called by gcc */
struct pair logos_twice(struct pair p, int k) {
  struct pair r = { p.a * k, p.b * k };
  return r;
}

int main(void) {
  struct pair p = { 3, -7 };
  struct pair q = gcc_swap(p);
  printf("swap: %d %d (orig %d %d)\n", q.a, q.b, p.a, p.b);

  struct big b = { { 1, 2, 3, 4, 5 }, 'x' };
  struct big c = gcc_scale(b, 10);
  int ok = 1;
  for (int i = 0; i < 5; i++) ok &= c.v[i] == (i + 1) * 10 && b.v[i] == i + 1;
  printf("scale: %d %d %c ok=%d\n", c.v[0], c.v[4], c.tag, ok);

  struct small x = { 'a', 1000 }, y = { -1, -2 };
  printf("sum small: %d\n", gcc_sum_small(x, y, 5));
  struct small m = gcc_make_small('Q', -300);
  printf("make small: %c %d\n", m.c, m.s);

  printf("callback: %d\n", gcc_call_back(logos_twice, 4));
  return ok ? 0 : 1;
}
