// Struct tags have block scope: an inner struct of the same tag hides the outer one.
int printf(const char *, ...);

struct t { int a; };

static int outer_size(void) { return sizeof(struct t); }

int main(void) {
  struct t x = {1};
  int inner;
  {
    struct t { char c[10]; int b; };
    struct t y = {"inner", 2};
    inner = sizeof y;
    printf("inner: %s %d size %d\n", y.c, y.b, inner);
  }
  printf("outer: %d size %d %d\n", x.a, (int)sizeof x, outer_size());
  struct list;                      /* an incomplete type, completed below */
  struct list *head = 0;
  struct list { int v; struct list *next; };
  struct list n2 = {2, 0}, n1 = {1, &n2};
  head = &n1;
  int sum = 0;
  for (struct list *p = head; p; p = p->next) sum += p->v;
  printf("sum %d\n", sum);
  return inner;
}
