// Local initializers may be any expressions: calls, other locals, and the object itself's address.
int printf(const char *, ...);

static int counter;
static int next(void) { return ++counter; }

struct node { int v; struct node *self; };

int main(void) {
  int a = next(), b = next() * 10, c = a + b;
  int arr[4] = {next(), a, b, c};
  struct node n = {c * 2, &n};
  struct { int x; int *px; } s = {arr[3], &s.x};
  printf("%d %d %d\n", a, b, c);
  printf("%d %d %d %d\n", arr[0], arr[1], arr[2], arr[3]);
  printf("%d %d\n", n.v, n.self->self->v);
  printf("%d %d\n", s.x, *s.px);
  *s.px = 99;
  printf("%d\n", s.x);
  return counter;
}
