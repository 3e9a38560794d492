// Type punning through a union: the bytes of an int, little-endian, read as chars and shorts.
int printf(const char *, ...);

union word { unsigned int u; int i; unsigned short h[2]; unsigned char b[4]; };

int main(void) {
  union word w;
  w.u = 0x11223344;
  printf("%02x %02x %02x %02x\n", w.b[0], w.b[1], w.b[2], w.b[3]);
  printf("%04x %04x\n", w.h[0], w.h[1]);
  w.b[3] = 0xff;
  printf("%d %u\n", w.i, w.u);
  w.h[0] = 0;
  printf("%08x\n", w.u);
  printf("sizeof %d\n", (int)sizeof w);
  return w.b[0] == 0 && w.b[1] == 0 ? 0 : 1;
}
