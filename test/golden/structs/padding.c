// Struct layout: padding between members and at the end, sizeof and offsetof as gcc -m32 has them.
int printf(const char *, ...);
#define OFF(t, m) ((int)__builtin_offsetof(t, m))

struct a { char c; int i; };
struct b { char c; short s; char d; };
struct c { int i; char c; };
struct d { char c[3]; short s; };
struct e { short s; char c; int i; char d; };
struct f { struct b inner; char tail; };
struct g { char c; struct a inner; };

int main(void) {
  printf("a: %d %d %d\n", (int)sizeof(struct a), OFF(struct a, c), OFF(struct a, i));
  printf("b: %d %d %d\n", (int)sizeof(struct b), OFF(struct b, s), OFF(struct b, d));
  printf("c: %d %d\n", (int)sizeof(struct c), OFF(struct c, c));
  printf("d: %d %d\n", (int)sizeof(struct d), OFF(struct d, s));
  printf("e: %d %d %d %d\n", (int)sizeof(struct e), OFF(struct e, c), OFF(struct e, i), OFF(struct e, d));
  printf("f: %d %d\n", (int)sizeof(struct f), OFF(struct f, tail));
  printf("g: %d %d %d\n", (int)sizeof(struct g), OFF(struct g, inner), (int)_Alignof(struct g));
  struct e arr[2];
  printf("array stride %d\n", (int)((char *)&arr[1] - (char *)&arr[0]));
  return sizeof(struct e);
}
