// Structs of odd sizes (3, 5, 6, 7 bytes) copied, passed and returned: no byte too many or too few.
int printf(const char *, ...);

struct s3 { char a[3]; };
struct s5 { char a[5]; };
struct s6 { short a[3]; };
struct s7 { char a[7]; };

static struct s3 f3(struct s3 x) { x.a[0]++; return x; }
static struct s5 f5(struct s5 x) { x.a[4]++; return x; }
static struct s6 f6(struct s6 x) { x.a[2]++; return x; }
static struct s7 f7(struct s7 x) { x.a[6]++; return x; }

int main(void) {
  /* guards around each object show that copies stay inside it */
  struct { char g1; struct s3 v; char g2; } a = {'<', {{'a', 'b', 'c'}}, '>'};
  struct { char g1; struct s5 v; char g2; } b = {'<', {{1, 2, 3, 4, 5}}, '>'};
  struct { char g1; struct s6 v; char g2; } c = {'<', {{100, 200, 300}}, '>'};
  struct { char g1; struct s7 v; char g2; } d = {'<', {{1, 2, 3, 4, 5, 6, 7}}, '>'};
  a.v = f3(a.v);
  b.v = f5(b.v);
  c.v = f6(c.v);
  d.v = f7(d.v);
  printf("%c%c%c %c%c\n", a.v.a[0], a.v.a[1], a.v.a[2], a.g1, a.g2);
  printf("%d %d %c%c\n", b.v.a[0], b.v.a[4], b.g1, b.g2);
  printf("%d %d %c%c\n", c.v.a[0], c.v.a[2], c.g1, c.g2);
  printf("%d %d %c%c\n", d.v.a[0], d.v.a[6], d.g1, d.g2);
  struct s7 arr[3] = {d.v, d.v, d.v};
  arr[1] = f7(arr[0]);
  printf("%d %d %d\n", arr[0].a[6], arr[1].a[6], arr[2].a[6]);
  printf("sizes %d %d %d %d\n", (int)sizeof(struct s3), (int)sizeof(struct s5), (int)sizeof(struct s6), (int)sizeof(struct s7));
  return arr[1].a[6];
}
