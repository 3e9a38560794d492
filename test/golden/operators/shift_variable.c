// Shift counts held in variables, 0 through 31, for <<, signed >> and unsigned >>.
int printf(const char *, ...);

int main(void) {
  unsigned acc_l = 0, acc_r = 0;
  int acc_s = 0;
  for (int k = 0; k < 32; k++) {
    unsigned l = 0x12345678u << k, r = 0x87654321u >> k;
    int s = -0x12345678 >> k;
    acc_l ^= l; acc_r += r; acc_s ^= s;
    if (k % 4 == 0 || k == 31) printf("k=%2d: %08x %08x %08x\n", k, l, r, (unsigned)s);
  }
  printf("xor of lefts %08x, sum of rights %08x, xor of signed %08x\n", acc_l, acc_r, (unsigned)acc_s);
  unsigned char c = 3;
  printf("1 << c = %d, 0x100 >> c = %d\n", 1 << c, 0x100 >> c);
  return 0;
}
