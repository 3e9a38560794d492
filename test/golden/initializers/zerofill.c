// Partial initializers zero the rest: locals, statics, nested members, and an empty-ish {0}.
int printf(const char *, ...);

struct big { int a; char b[5]; short c; int d[3]; struct { int x, y; } in; };

static int sum(const struct big *s) {
  int t = s->a + s->c + s->in.x + s->in.y;
  for (int i = 0; i < 5; i++) t += s->b[i];
  for (int i = 0; i < 3; i++) t += s->d[i];
  return t;
}

struct big g1 = {1};
static struct big g2;

int main(void) {
  struct big l0 = {0};
  struct big l1 = {5, "ab"};
  struct big l2 = {.d[1] = 7, .in.y = 3};
  int arr[100] = {1, 2};
  int asum = 0;
  for (int i = 0; i < 100; i++) asum += arr[i];
  char text[16] = "x";
  int nonzero = 0;
  for (int i = 0; i < 16; i++) nonzero += text[i] != 0;
  printf("%d %d %d %d %d\n", sum(&g1), sum(&g2), sum(&l0), sum(&l1), sum(&l2));
  printf("arr sum %d, text nonzero %d\n", asum, nonzero);
  return sum(&l1) + sum(&l2);
}
