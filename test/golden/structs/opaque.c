// An opaque type: callers hold pointers to an incomplete struct, one file section defines it.
int printf(const char *, ...);

struct counter;
struct counter *counter_new(int start);
void counter_add(struct counter *c, int n);
int counter_get(const struct counter *c);

int main(void) {
  struct counter *a = counter_new(10), *b = counter_new(-5);
  counter_add(a, 5);
  counter_add(b, 1);
  counter_add(a, counter_get(b));
  printf("a=%d b=%d\n", counter_get(a), counter_get(b));
  printf("distinct: %d\n", a != b);
  return counter_get(a);
}

/* The definition, out of sight of main. */
struct counter { int value; int adds; };
static struct counter pool[4];
static int used;

struct counter *counter_new(int start) {
  struct counter *c = &pool[used++];
  c->value = start;
  return c;
}
void counter_add(struct counter *c, int n) { c->value += n, c->adds++; }
int counter_get(const struct counter *c) { return c->value * 10 + c->adds; }
