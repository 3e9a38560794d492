// Viewing an int's bytes through an unsigned char pointer: i386 is little-endian.
int printf(const char *, ...);

int main(void) {
  unsigned v = 0x11223344u;
  unsigned char *p = (unsigned char *)&v;
  printf("bytes: %02x %02x %02x %02x\n", p[0], p[1], p[2], p[3]);
  p[0] = 0xff;
  printf("after p[0] = 0xff: %08x\n", v);
  short halves[2];
  unsigned w = 0xabcd1234u;
  unsigned char *src = (unsigned char *)&w, *dst = (unsigned char *)halves;
  for (int i = 0; i < 4; i++) dst[i] = src[i];
  printf("halves: %04x %04x\n", (unsigned short)halves[0], (unsigned short)halves[1]);
  int n = -2;
  unsigned char *q = (unsigned char *)&n;
  printf("-2: %02x %02x %02x %02x\n", q[0], q[1], q[2], q[3]);
  return p[3];
}
