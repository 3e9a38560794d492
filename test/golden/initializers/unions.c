// Initializers of unions inside structs and arrays, designated and by position.
int printf(const char *, ...);

union val { int i; const char *s; unsigned char b[4]; };
struct tagged { char kind; union val v; };

struct tagged tab[] = {{'i', {42}}, {'s', {.s = "str"}}, {'b', {.b = {1, 2, 3, 4}}}, {'i', .v.i = -1}};

int main(void) {
  for (unsigned i = 0; i < sizeof tab / sizeof tab[0]; i++) {
    switch (tab[i].kind) {
    case 'i': printf("int %d\n", tab[i].v.i); break;
    case 's': printf("str %s\n", tab[i].v.s); break;
    case 'b': printf("bytes %d %d %d %d\n", tab[i].v.b[0], tab[i].v.b[1], tab[i].v.b[2], tab[i].v.b[3]); break;
    }
  }
  struct tagged l = {'b', .v.b[2] = 9};
  printf("%d %d %d\n", l.v.b[0], l.v.b[2], l.v.b[3]);
  return tab[2].v.b[3];
}
