// Line continuations in macros and in code, and comments inside macro definitions.
int printf(const char *, ...);

#define SUM3(a, b, c) \
  ((a) +          \
   (b) + /* middle */ \
   (c))

#define TABLE(X) \
  X(one, 1)      \
  X(two, 2)      \
  X(three, 3)

#define AS_ENUM(name, v) name = v,
#define AS_CASE(name, v) case v: return #name;

enum { TABLE(AS_ENUM) LAST };

static const char *name_of(int v) {
  switch (v) {
    TABLE(AS_CASE)
  }
  return "?";
}

int main(void) {
  printf("%d\n", SUM3(1, 2, 3));
  int long_na\
me = 5;
  printf("%d\n", long_name);
  for (int i = 0; i <= 4; i++) printf("%d=%s ", i, name_of(i));
  printf("\nLAST %d\n", LAST);
  return SUM3(one, two, three);
}
