// Initializing bit-fields: positional and designated, neighbours left zero, values truncated to width.
int printf(const char *, ...);

struct bf { unsigned a : 3; int b : 4; unsigned c : 9; unsigned char d; unsigned e : 1; };

struct bf g1 = {5, -2, 300, 'x', 1};
struct bf g2 = {.c = 511, .e = 1};
struct bf garr[] = {{1}, {.b = -8}, [3] = {.d = 9}};

static void show(const char *n, struct bf v) { printf("%s: %u %d %u %d %u\n", n, v.a, v.b, v.c, v.d, v.e); }

int main(void) {
  show("g1", g1);
  show("g2", g2);
  for (int i = 0; i < 4; i++) show("garr", garr[i]);
  int seven = 7;
  struct bf l = {seven, seven, seven * 100, 0, seven};
  show("l", l);
  struct bf m = {.b = -1, .a = 7};
  show("m", m);
  return l.c;
}
