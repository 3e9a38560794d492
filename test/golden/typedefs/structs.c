// typedef'd structs: a tag and a typedef of the same name, anonymous structs, self reference.
int printf(const char *, ...);

typedef struct point { int x, y; } point;
typedef struct { int w, h; } size;
typedef struct node node;
struct node { int v; node *next; };

static point add(point a, point b) { return (point){a.x + b.x, a.y + b.y}; }

int main(void) {
  point p = {1, 2};
  struct point q = {10, 20};
  point r = add(p, q);
  size s = {3, 4};
  node n2 = {2, 0}, n1 = {1, &n2};
  printf("%d %d\n", r.x, r.y);
  printf("%d\n", s.w * s.h);
  printf("%d %d\n", n1.v, n1.next->v);
  printf("%d %d\n", (int)sizeof(point), (int)sizeof(node));
  return r.x + s.h;
}
