// Structs: members, nested structs, pointers to structs, assignment and passing by value.
int printf(const char *, ...);

struct point { int x, y; };
struct rect { struct point min, max; char name[8]; };

static int area(struct rect r) { return (r.max.x - r.min.x) * (r.max.y - r.min.y); }
static void grow(struct rect *r, int d) { r->min.x -= d; r->min.y -= d; r->max.x += d; r->max.y += d; }
static struct point mid(const struct rect *r) {
  struct point p = {(r->min.x + r->max.x) / 2, (r->min.y + r->max.y) / 2};
  return p;
}

int main(void) {
  struct rect r = {{0, 0}, {4, 3}, "box"};
  printf("%s %d\n", r.name, area(r));
  grow(&r, 1);
  struct rect copy = r;
  copy.max.x = 100;
  printf("%d %d %d\n", area(r), r.max.x, copy.max.x);
  struct point m = mid(&r);
  printf("%d %d\n", m.x, m.y);
  printf("%d %d\n", (int)sizeof(struct point), (int)sizeof(struct rect));
  return 0;
}
