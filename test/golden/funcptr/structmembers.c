// Structs of function pointers: an "object" with methods, two implementations of one interface.
int printf(const char *, ...);

struct shape;
struct shape_ops {
  int (*area)(const struct shape *);
  int (*perimeter)(const struct shape *);
  const char *name;
};
struct shape { const struct shape_ops *ops; int a, b; };

static int rect_area(const struct shape *s) { return s->a * s->b; }
static int rect_perim(const struct shape *s) { return 2 * (s->a + s->b); }
static int square_area(const struct shape *s) { return s->a * s->a; }
static int square_perim(const struct shape *s) { return 4 * s->a; }

static const struct shape_ops rect_ops = {rect_area, rect_perim, "rect"};
static const struct shape_ops square_ops = {.name = "square", .perimeter = square_perim, .area = square_area};

int main(void) {
  struct shape shapes[] = {{&rect_ops, 3, 4}, {&square_ops, 5, 0}, {&rect_ops, 10, 1}};
  int total = 0;
  for (int i = 0; i < 3; i++) {
    const struct shape *s = &shapes[i];
    printf("%-6s area %3d perimeter %3d\n", s->ops->name, s->ops->area(s), (*s->ops->perimeter)(s));
    total += s->ops->area(s);
  }
  return total;
}
