// Union layout: the size of the largest member rounded to the strictest alignment.
int printf(const char *, ...);

union a { char c; int i; };
union b { char c[5]; short s; };
union c { char c[5]; int i; };
union d { struct { char x, y, z; } s; short h; };
union e { char c; } __attribute__((aligned(8)));
struct holder { char c; union c u; char d; };

int main(void) {
  printf("a %d %d\n", (int)sizeof(union a), (int)_Alignof(union a));
  printf("b %d %d\n", (int)sizeof(union b), (int)_Alignof(union b));
  printf("c %d %d\n", (int)sizeof(union c), (int)_Alignof(union c));
  printf("d %d %d\n", (int)sizeof(union d), (int)_Alignof(union d));
  printf("e %d %d\n", (int)sizeof(union e), (int)_Alignof(union e));
  printf("holder %d u at %d d at %d\n", (int)sizeof(struct holder), (int)__builtin_offsetof(struct holder, u),
         (int)__builtin_offsetof(struct holder, d));
  union c x;
  printf("all members at offset 0: %d\n", (char *)&x.i == x.c);
  return sizeof(struct holder);
}
