// Brace elision: a flat list fills nested arrays and structs in order.
int printf(const char *, ...);

struct pt { int x, y; };
struct seg { struct pt a, b; };

int m[2][3] = {1, 2, 3, 4, 5};
struct seg segs[2] = {1, 2, 3, 4, 5, 6, 7};
struct { int n; char s[4]; int k; } mixed = {1, 'a', 'b', 'c', 'd', 9};

int main(void) {
  for (int i = 0; i < 2; i++) printf("%d %d %d\n", m[i][0], m[i][1], m[i][2]);
  for (int i = 0; i < 2; i++) printf("(%d,%d)-(%d,%d)\n", segs[i].a.x, segs[i].a.y, segs[i].b.x, segs[i].b.y);
  printf("%d %.4s %d\n", mixed.n, mixed.s, mixed.k);
  int lm[3][2] = {1, 2, {3}, 5, 6};
  for (int i = 0; i < 3; i++) printf("%d %d\n", lm[i][0], lm[i][1]);
  struct seg ls = {{1}, 2, 3};
  printf("%d %d %d %d\n", ls.a.x, ls.a.y, ls.b.x, ls.b.y);
  return lm[1][1] + ls.b.x;
}
