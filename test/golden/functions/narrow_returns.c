// Functions returning char, unsigned char, short and _Bool: the caller sees the value converted
// to the return type (truncated, then extended by its sign or with zeros).
int printf(const char *, ...);

static char to_char(int x) { return (char)x; }
static unsigned char to_uchar(int x) { return (unsigned char)x; }
static short to_short(int x) { return (short)x; }
static unsigned short to_ushort(int x) { return (unsigned short)x; }
static _Bool to_bool(int x) { return x; }
static signed char neg(signed char c) { return (signed char)-c; }

int main(void) {
  int xs[] = { 0x7f, 0x80, 0xff, 0x100, 0x1234, 0x8000, 0xffff, -1, -129 };
  for (int i = 0; i < 9; i++) {
    int x = xs[i];
    printf("%6d: char %4d uchar %3d short %6d ushort %5d bool %d\n", x, to_char(x), to_uchar(x),
           to_short(x), to_ushort(x), to_bool(x));
  }
  printf("neg(-128) = %d, neg(5) = %d\n", neg(-128), neg(5));
  int sum = to_char(200) + to_uchar(200);
  printf("to_char(200) + to_uchar(200) = %d\n", sum);
  return sum;
}
