// Struct layout as gcc -m32 does it: padding, alignment, and bit-fields.
int printf(const char *, ...);

struct mixed { char c; int i; short s; char d; };
struct flags { unsigned a : 3; unsigned b : 5; int c : 4; unsigned d : 20; };
struct packed_like { char a; char b; short c; };

int main(void) {
  struct mixed m = {'x', 1, 2, 'y'};
  printf("%d %d\n", (int)sizeof m, (int)((char *)&m.d - (char *)&m));
  struct flags f = {0};
  f.a = 5; f.b = 31; f.c = -3; f.d = 0xabcde;
  printf("%d %d %d %x %d\n", f.a, f.b, f.c, f.d, (int)sizeof f);
  f.a++; f.c += 10;
  printf("%d %d\n", f.a, f.c);
  unsigned raw = *(unsigned *)&f;
  printf("%x\n", raw);
  struct packed_like p = {1, 2, 3};
  printf("%d %d\n", (int)sizeof p, p.a + p.b + p.c);
  return 0;
}
