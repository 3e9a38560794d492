// A loop with seven pointers and two counters live at once — more than the registers — reading
// and writing arrays of four element types.
int printf(const char *, ...);

static void mix(const int *a, const int *b, const short *c, const unsigned char *d, int *out1, int *out2,
                unsigned *out3, int n) {
  for (int i = 0; i < n; i++) {
    int x = a[i] * b[n - 1 - i] + c[i] - d[i];
    out1[i] = x ^ (int)d[n - 1 - i];
    out2[n - 1 - i] = out1[i] + a[i] / (b[i] | 1);
    out3[i] = (unsigned)x >> (d[i] & 31);
  }
}

int main(void) {
  int a[16], b[16], o1[16], o2[16];
  short c[16];
  unsigned char d[16];
  unsigned o3[16];
  for (int i = 0; i < 16; i++) {
    a[i] = i * 37 - 200;
    b[i] = 1000 - i * i;
    c[i] = (short)(i * -999);
    d[i] = (unsigned char)(i * 41);
  }
  mix(a, b, c, d, o1, o2, o3, 16);
  unsigned h = 0;
  for (int i = 0; i < 16; i++) h = h * 31 + (unsigned)o1[i] + (unsigned)o2[i] * 7 + o3[i] * 13;
  printf("hash %u, o1[5] %d, o2[9] %d, o3[3] %u\n", h, o1[5], o2[9], o3[3]);
  return (int)(h % 256);
}
