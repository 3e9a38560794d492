// Nested structs: members of members, nested initializers, and copies of the inner part.
int printf(const char *, ...);

struct point { int x, y; };
struct rect { struct point min, max; };
struct shape { const char *name; struct rect box; int layer; };

static int area(struct rect r) { return (r.max.x - r.min.x) * (r.max.y - r.min.y); }

int main(void) {
  struct shape s = {"door", {{1, 2}, {4, 10}}, 3};
  printf("%s %d %d %d %d layer %d\n", s.name, s.box.min.x, s.box.min.y, s.box.max.x, s.box.max.y, s.layer);
  printf("area %d\n", area(s.box));
  struct point corner = s.box.max;
  corner.x = 100;
  printf("copy %d, original %d\n", corner.x, s.box.max.x);
  s.box.min = (struct point){0, 0};
  printf("area %d\n", area(s.box));
  struct shape *p = &s;
  p->box.max.y += 5;
  printf("via pointer %d, area %d\n", (*p).box.max.y, area(p->box));
  return area(s.box);
}
