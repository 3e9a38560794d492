// Multiplication by constants on unsigned values that wrap: * 0xffffffff (negation),
// * 0x80000000 (a shift), * 0x10001, * 641, * -3 on int.
int printf(const char *, ...);

static volatile unsigned uv[] = { 0, 1, 2, 3, 0x7fffffffu, 0x80000000u, 0xffffffffu, 123456789u };
static volatile int iv[] = { 0, 1, -1, 1000, -1000, 715827882, -715827882 };

int main(void) {
  for (int i = 0; i < 8; i++) {
    unsigned u = uv[i];
    printf("%10u: *max %u *2^31 %u *0x10001 %u *641 %u *6700417 %u *9 %u *17 %u\n", u, u * 0xffffffffu,
           u * 0x80000000u, u * 0x10001u, u * 641u, u * 6700417u, u * 9u, u * 17u);
  }
  for (int i = 0; i < 7; i++) {
    int x = iv[i];
    printf("%10d: *-3 %d *-1 %d *3 %d /4*-8 %d *2 %d *-2 %d\n", x, x * -3, x * -1, x * 3, x / 4 * -8, x * 2, x * -2);
  }
  return 0;
}
