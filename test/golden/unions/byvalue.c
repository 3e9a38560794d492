// Unions passed and returned by value, and assigned as a whole.
int printf(const char *, ...);

union num { int i; unsigned char b[4]; struct { short lo, hi; } h; };

static union num swap_halves(union num n) {
  short t = n.h.lo;
  n.h.lo = n.h.hi;
  n.h.hi = t;
  return n;
}

static int high_byte(union num n) { return n.b[3]; }

int main(void) {
  union num a;
  a.i = 0x12345678;
  union num b = swap_halves(a);
  printf("%x %x\n", a.i, b.i);
  printf("%x %x\n", high_byte(a), high_byte(b));
  union num c;
  c = b;
  c.b[0] = 0;
  printf("%x %x\n", b.i, c.i);
  printf("%x\n", swap_halves(swap_halves(a)).i);
  return high_byte(c);
}
