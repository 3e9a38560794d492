// Unions: one storage seen as different types (little-endian i386).
int printf(const char *, ...);

union word { unsigned u; unsigned short h[2]; unsigned char b[4]; };
struct tagged { int kind; union { int i; char c; } v; };

int main(void) {
  union word w;
  w.u = 0x11223344;
  printf("%x %x %x %x\n", w.h[0], w.h[1], w.b[0], w.b[3]);
  w.b[1] = 0xff;
  printf("%x %d\n", w.u, (int)sizeof w);
  struct tagged t[2] = {{0, {.i = 42}}, {1, {.c = 'z'}}};
  for (int i = 0; i < 2; i++)
    if (t[i].kind == 0) printf("int %d\n", t[i].v.i);
    else printf("char %c\n", t[i].v.c);
  return 0;
}
