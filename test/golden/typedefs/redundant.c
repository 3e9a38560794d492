// typedefs of typedefs, qualified typedefs, and typedefs for unsigned and narrow integer types.
int printf(const char *, ...);

typedef unsigned int u32;
typedef unsigned short u16;
typedef signed char i8;
typedef u32 word;
typedef word address;
typedef const u16 cu16;
typedef volatile int vint;

int main(void) {
  address a = 0xfffffff0u;
  a += 0x20;
  u16 h = 65535;
  h++;
  i8 c = -128;
  c--;
  cu16 limit = 1000;
  vint v = 5;
  v += limit;
  printf("%u %u %d %d %d\n", a, h, c, limit, v);
  printf("%d %d %d\n", (int)sizeof(address), (int)sizeof(cu16), (int)sizeof(i8));
  printf("wrap: %d\n", (word)-1 == 0xffffffffu);
  return c;
}
