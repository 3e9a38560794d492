// Union initializers: the first member by default, any member with a designator.
int printf(const char *, ...);

union u { int i; char c[4]; short s; };

union u g1 = {0x41424344};
union u g2 = {.c = "xyz"};
union u g3 = {.s = -2};
union u garr[] = {{1}, {.s = 2}, {.c = {'a'}}};

int main(void) {
  printf("%x %s %d\n", g1.i, g2.c, g3.s);
  printf("g3 other half: %d\n", g3.c[2]);
  printf("%d %d %c %d\n", garr[0].i, garr[1].s, garr[2].c[0], garr[2].c[1]);
  union u l1 = {7};
  union u l2 = {.c = {1, 2}};
  union u l3 = l1;
  printf("%d %d %d %d\n", l1.i, l2.c[0] + l2.c[1], l2.c[3], l3.i);
  printf("count %d\n", (int)(sizeof garr / sizeof garr[0]));
  return l2.s;
}
