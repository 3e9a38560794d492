// Structs by value: a callee changes its copy only; returned structs of several sizes.
int printf(const char *, ...);

struct one { char c; };
struct two { short s; };
struct three { char a, b, c; };
struct eight { int a, b; };
struct twelve { int a, b, c; };

static struct one f1(struct one x) { x.c++; return x; }
static struct two f2(struct two x) { x.s *= 2; return x; }
static struct three f3(struct three x) { char t = x.a; x.a = x.c; x.c = t; return x; }
static struct eight f8(struct eight x) { x.a += x.b; return x; }
static struct twelve f12(struct twelve x, int k) { x.a *= k; x.b *= k; x.c *= k; return x; }

int main(void) {
  struct one a = {'A'};
  struct two b = {-300};
  struct three c = {'x', 'y', 'z'};
  struct eight d = {3, 4};
  struct twelve e = {1, 2, 3};
  struct one a2 = f1(a);
  struct two b2 = f2(b);
  struct three c2 = f3(c);
  struct eight d2 = f8(d);
  struct twelve e2 = f12(e, -5);
  printf("%c %c\n", a.c, a2.c);
  printf("%d %d\n", b.s, b2.s);
  printf("%c%c%c %c%c%c\n", c.a, c.b, c.c, c2.a, c2.b, c2.c);
  printf("%d %d\n", d.a, d2.a);
  printf("%d %d %d / %d %d %d\n", e.a, e.b, e.c, e2.a, e2.b, e2.c);
  printf("%d\n", f12(f12(e, 2), 3).c);
  return f8(d).a;
}
