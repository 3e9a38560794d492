// A union for reinterpreting an int's sign bit: the same bits read as signed and unsigned.
int printf(const char *, ...);

union bits { int s; unsigned u; };

static unsigned abs_bits(int v) {
  union bits b;
  b.s = v;
  if (b.u & 0x80000000u) b.u = ~b.u + 1;
  return b.u;
}

int main(void) {
  int vals[] = {0, 5, -5, 2147483647, -2147483647 - 1};
  for (int i = 0; i < 5; i++) {
    union bits b = {vals[i]};
    printf("%d %u %08x abs %u\n", b.s, b.u, b.u, abs_bits(vals[i]));
  }
  union bits x;
  x.u = 0xffffffffu;
  return x.s + 2;
}
