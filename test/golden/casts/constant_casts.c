// Casts in constant expressions, folded at compile time, in initializers and array sizes.
int printf(const char *, ...);

static const unsigned char c1 = (unsigned char)0x1234;
static const short c2 = (short)0xfffe;
static const int c3 = (int)(unsigned char)-1 + (int)(signed char)0x80;
static int sized[(unsigned char)260];
static unsigned c4 = (unsigned)-1 / 2;
enum { E = (char)0x141 };

int main(void) {
  printf("%d %d %d %u %d\n", c1, c2, c3, c4, E);
  printf("sizeof sized = %u\n", (unsigned)sizeof sized);
  _Static_assert((unsigned char)300 == 44, "folded");
  _Static_assert((signed char)200 == -56, "folded");
  return c1;
}
