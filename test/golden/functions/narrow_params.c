// Parameters of type char, short and unsigned char: the caller converts each argument, so the
// callee sees values in range.
int printf(const char *, ...);

static int take_char(char c) { return c; }
static int take_uchar(unsigned char c) { return c; }
static int take_short(short s) { return s; }
static int take_ushort(unsigned short s) { return s; }
static int mixed(char a, unsigned char b, short c, unsigned short d) { return a * 1000000 + b * 10000 + c + d; }

int main(void) {
  int v = 0x12345680;
  printf("char %d uchar %d short %d ushort %d\n", take_char(v), take_uchar(v), take_short(v), take_ushort(v));
  printf("char(-1) %d uchar(-1) %d short(-1) %d ushort(-1) %d\n", take_char(-1), take_uchar(-1),
         take_short(-1), take_ushort(-1));
  printf("mixed %d\n", mixed(-2, 255, -32768, 65535));
  printf("mixed %d\n", mixed(1, 1, 1, 1));
  int big = 300;
  return take_uchar(big);
}
