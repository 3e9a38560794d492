// Shifts of unsigned char and char values: they are int by the time they are shifted.
int printf(const char *, ...);

int main(void) {
  unsigned char c = 0xff;
  printf("c << 1 = %d, c << 8 = %d, c << 23 = %d\n", c << 1, c << 8, c << 23);
  printf("c >> 1 = %d, c >> 7 = %d, c >> 8 = %d\n", c >> 1, c >> 7, c >> 8);
  char s = -16;
  printf("s >> 2 = %d, (unsigned char)s >> 2 = %d\n", s >> 2, (unsigned char)s >> 2);
  unsigned char bytes[4] = { 0x12, 0x34, 0x56, 0x78 };
  unsigned le = bytes[0] | bytes[1] << 8 | bytes[2] << 16 | (unsigned)bytes[3] << 24;
  unsigned be = (unsigned)bytes[0] << 24 | bytes[1] << 16 | bytes[2] << 8 | bytes[3];
  printf("little endian %08x, big endian %08x\n", le, be);
  unsigned char hi = 0x80;
  unsigned word = (unsigned)hi << 24;
  printf("0x80 << 24 = %08x\n", word);
  return c >> 4;
}
