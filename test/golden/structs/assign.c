// Struct assignment: whole-struct copies, chained assignment, and copying between array slots.
int printf(const char *, ...);

struct rec { int id; char name[6]; short vals[3]; };

static void show(const char *label, const struct rec *r) {
  printf("%s: %d %s %d %d %d\n", label, r->id, r->name, r->vals[0], r->vals[1], r->vals[2]);
}

int main(void) {
  struct rec a = {1, "one", {1, 2, 3}}, b, c;
  c = b = a;
  b.id = 2;
  b.name[0] = 'O';
  c.vals[2] = -3;
  show("a", &a);
  show("b", &b);
  show("c", &c);
  struct rec arr[3] = {a, b, c};
  arr[0] = arr[2];
  arr[2] = arr[1];
  show("arr0", &arr[0]);
  show("arr2", &arr[2]);
  struct rec *p = &arr[1], *q = &arr[0];
  *p = *q;
  show("arr1", p);
  return arr[1].vals[2] + 3;
}
