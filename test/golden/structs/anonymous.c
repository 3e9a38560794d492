// Anonymous structs and unions inside structs: their members are reached as the outer's.
int printf(const char *, ...);

struct vec {
  int kind;
  union {
    struct { int x, y, z; };
    int v[3];
  };
  struct { unsigned char r, g, b, a; };
};

int main(void) {
  struct vec a = {0};
  a.kind = 1;
  a.x = 1, a.y = 2, a.z = 3;
  printf("%d %d %d\n", a.v[0], a.v[1], a.v[2]);
  a.v[1] = 20;
  printf("y %d\n", a.y);
  a.r = 255, a.a = 7;
  printf("%d %d %d %d\n", a.r, a.g, a.b, a.a);
  printf("sizeof %d, offset of z %d, of g %d\n", (int)sizeof a, (int)__builtin_offsetof(struct vec, z), (int)__builtin_offsetof(struct vec, g));
  struct vec b = {.kind = 2, .y = 5, .b = 9};
  printf("%d %d %d %d %d\n", b.kind, b.x, b.y, b.z, b.b);
  return a.y + b.y;
}
