// #undef and redefinition: a macro's meaning changes between uses; function-like vs object-like.
int printf(const char *, ...);

#define VALUE 1
static int first = VALUE;
#undef VALUE
#define VALUE 2
static int second = VALUE;
#undef VALUE

#define f(x) ((x) * 10)
static int f_(int x) { return x + 1; }

int main(void) {
  printf("%d %d\n", first, second);
#ifdef VALUE
  printf("still defined\n");
#else
  printf("VALUE undefined\n");
#endif
  printf("%d\n", f(3));
#undef f
#define f f_
  printf("%d\n", f(3));
#define VALUE 3
#define VALUE 3 /* an identical redefinition is allowed */
  return VALUE;
}
