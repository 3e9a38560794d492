// Unions nested in structs nested in unions: a register file as words, halves and bytes.
int printf(const char *, ...);

union reg {
  unsigned int e;
  struct { unsigned short x, high; } w;
  struct { unsigned char l, h, b2, b3; } b;
};
struct regs { union reg a, b, c; };

int main(void) {
  struct regs r;
  r.a.e = 0xdeadbeef;
  r.b.e = 0;
  r.b.b.h = 0x12;
  r.c.w.x = 0xffff;
  r.c.w.high = 1;
  printf("a: %08x x=%04x l=%02x h=%02x\n", r.a.e, r.a.w.x, r.a.b.l, r.a.b.h);
  printf("b: %08x c: %08x\n", r.b.e, r.c.e);
  r.a.b.l++;
  r.a.w.high--;
  printf("a: %08x\n", r.a.e);
  union reg *p = &r.c;
  p->b.b3 = 0x80;
  printf("c: %08x %d\n", p->e, (int)sizeof r);
  return r.a.b.l;
}
