// Arrays of narrow elements summed into wider accumulators and into narrow ones.
int printf(const char *, ...);

int main(void) {
  unsigned char b[300];
  signed char s[300];
  short h[300];
  for (int i = 0; i < 300; i++) {
    b[i] = (unsigned char)(i * 7);
    s[i] = (signed char)(i * 5);
    h[i] = (short)(i * 300);
  }
  int bi = 0, si = 0, hi = 0;
  unsigned char bn = 0;
  short hn = 0;
  for (int i = 0; i < 300; i++) { bi += b[i]; si += s[i]; hi += h[i]; bn += b[i]; hn = (short)(hn + h[i]); }
  printf("int sums %d %d %d, narrow sums %d %d\n", bi, si, hi, bn, hn);
  return bn;
}
