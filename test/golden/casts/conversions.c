// Conversions between integer types and to _Bool, explicit and implicit.
int printf(const char *, ...);

static unsigned char to_uc(int x) { return x; }
static signed char to_sc(int x) { return (signed char)x; }
static short to_s(unsigned x) { return (short)x; }

int main(void) {
  printf("%d %d %d\n", to_uc(300), to_sc(200), to_s(0x18000));
  _Bool b1 = 5, b2 = 0, b3 = -1;
  printf("%d %d %d\n", b1, b2, b3);
  int i = -1;
  unsigned u = i;
  printf("%u %d\n", u, (int)u);
  printf("%d %d\n", (unsigned char)-1, (signed char)255);
  long l = (long)(unsigned short)-2;
  printf("%ld\n", l);
  int *p = (int *)0x1000;
  printf("%d\n", (int)(p + 1) - (int)p);
  return 0;
}
