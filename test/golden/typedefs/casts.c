// Casts and sizeof with typedef names; compound literals of typedef'd types.
int printf(const char *, ...);

typedef unsigned char u8;
typedef struct { u8 r, g, b; } rgb;
typedef int (*cmp_fn)(const void *, const void *);

static int by_red(const void *a, const void *b) { return ((const rgb *)a)->r - ((const rgb *)b)->r; }

int main(void) {
  int big = 0x1234;
  printf("%d\n", (u8)big);
  rgb c = (rgb){.g = 200, .r = 10};
  printf("%d %d %d size %d\n", c.r, c.g, c.b, (int)sizeof(rgb));
  cmp_fn f = by_red;
  rgb d = {20, 0, 0};
  printf("%d %d\n", f(&c, &d), ((cmp_fn)by_red)(&d, &c));
  void *p = &d;
  printf("%d\n", ((rgb *)p)->r);
  return (u8)(c.g + 100);
}
