// Anonymous unions in a struct: their members read as the struct's own, sharing storage.
int printf(const char *, ...);

struct packet {
  unsigned char type;
  union {
    unsigned int raw;
    struct { unsigned char op, len; unsigned short seq; };
  };
  union { int x; int y; };
};

int main(void) {
  struct packet p = {1, {0}, {0}};
  p.op = 3;
  p.len = 40;
  p.seq = 0x1234;
  printf("raw %08x\n", p.raw);
  p.raw = 0x00ff0102;
  printf("op %d len %d seq %d\n", p.op, p.len, p.seq);
  p.x = 5;
  printf("y %d\n", p.y);
  printf("sizeof %d, raw at %d, x at %d\n", (int)sizeof p, (int)__builtin_offsetof(struct packet, raw),
         (int)__builtin_offsetof(struct packet, x));
  return p.len;
}
