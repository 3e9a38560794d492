// Casts to narrower types keep the low bits: int to char, short, unsigned char, unsigned short.
int printf(const char *, ...);

int main(void) {
  int vs[] = { 0x12345678, -1, 0x80, 0x7fff, 0x8000, 0x1ff, -0x81 };
  for (int i = 0; i < 7; i++) {
    int v = vs[i];
    printf("%08x: (char)%d (unsigned char)%d (short)%d (unsigned short)%d\n", (unsigned)v, (char)v,
           (unsigned char)v, (short)v, (unsigned short)v);
  }
  unsigned u = 0xdeadbeefu;
  printf("(char)%d (unsigned short)%u\n", (char)u, (unsigned short)u);
  return (unsigned char)vs[0];
}
