// Converting out-of-range values to signed char and short: gcc takes the low bits (modulo 2^N).
int printf(const char *, ...);

int main(void) {
  int vs[] = { 127, 128, 255, 256, -129, 383, 0x12345678, -32769, 65535 };
  for (int i = 0; i < 9; i++) {
    int v = vs[i];
    signed char sc = (signed char)v;
    short s = (short)v;
    printf("%10d -> signed char %4d, short %6d\n", v, sc, s);
  }
  signed char m = 127;
  m = (signed char)(m + 1);
  printf("127 + 1 as signed char = %d\n", m);
  return (unsigned char)m;
}
