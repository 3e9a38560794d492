// Chains of casts: each conversion happens in turn, so (int)(unsigned char)(signed char)x differs
// from (int)(signed char)(unsigned char)x only in the last step.
int printf(const char *, ...);

int main(void) {
  int x = -200;
  printf("%d %d\n", (int)(unsigned char)(signed char)x, (int)(signed char)(unsigned char)x);
  printf("%d %d\n", (int)(short)(unsigned char)x, (int)(unsigned short)(signed char)x);
  printf("%u\n", (unsigned)(short)(unsigned short)0x9000);
  printf("%d\n", (int)(char)(short)0x12380);
  unsigned big = 0xfffffe00u;
  printf("%d %d\n", (int)(signed char)(big >> 1), (int)(unsigned char)(big >> 1));
  return (unsigned char)(signed char)x;
}
