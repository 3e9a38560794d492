// Comparing function pointers: equality, null checks, and the same function through two names.
int printf(const char *, ...);

static void a(void) {}
static void b(void) {}
typedef void (*fn)(void);

int main(void) {
  fn p = a, q = &a, r = b, z = 0;
  printf("%d %d %d\n", p == q, p != r, z == 0);
  printf("%d %d\n", !z, !!p);
  fn list[] = {a, b, a, 0, b};
  int as = 0, bs = 0, nulls = 0;
  for (int i = 0; i < 5; i++) {
    if (!list[i]) nulls++;
    else if (list[i] == a) as++;
    else if (list[i] == b) bs++;
  }
  printf("a %d b %d null %d\n", as, bs, nulls);
  for (int i = 0; i < 5; i++)
    if (list[i]) list[i]();
  void (*deref)(void) = *a;
  printf("%d\n", deref == a && *deref == a && **deref == a);
  return as * 10 + bs;
}
