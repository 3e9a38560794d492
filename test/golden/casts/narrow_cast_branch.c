// Casts to narrow types inside conditions and loop tests: the comparison sees the truncated value.
int printf(const char *, ...);

static volatile int vs[6] = { 0x100, 0x1ff, 0x80, 0x10000, -65536, 0x12345 };

int main(void) {
  for (int i = 0; i < 6; i++) {
    int v = vs[i];
    printf("%7d:", v);
    if ((unsigned char)v) printf(" uchar-nonzero"); else printf(" uchar-zero");
    if ((signed char)v < 0) printf(" schar-negative");
    if ((short)v == 0) printf(" short-zero");
    if ((unsigned short)v > 0x8000) printf(" ushort-high");
    if ((_Bool)v) printf(" true");
    printf("\n");
  }
  int n = 0;
  for (int k = 250; (unsigned char)k != 5; k++) n++;
  printf("n %d\n", n);
  return n;
}
