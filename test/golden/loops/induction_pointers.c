// A loop advancing several pointers and indexes at different strides together, ending on a pointer
// comparison.
int printf(const char *, ...);

int main(void) {
  int src[40], dst[20];
  short half[20];
  for (int i = 0; i < 40; i++) src[i] = i * i - 20 * i;
  const int *s = src;
  int *d = dst;
  short *h = half + 19;
  int k = 0;
  while (d < dst + 20) {
    *d++ = s[0] + s[1];
    *h-- = (short)(s[1] - s[0]);
    s += 2;
    k += 3;
  }
  int sum = 0;
  for (int i = 0; i < 20; i++) sum += dst[i] ^ half[i];
  printf("dst[0] %d dst[19] %d half[0] %d half[19] %d k %d sum %d\n", dst[0], dst[19], half[0], half[19], k, sum);
  printf("s at %d, h at %d\n", (int)(s - src), (int)(h - half));
  return sum & 0xff;
}
