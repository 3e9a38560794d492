// The gcc side of abi/vacallee.
struct pair { short a; char b; };
int logos_va(const char *types, ...);

int gcc_drive(void) {
  char c = -3;
  short s = -1000;
  unsigned char uc = 250;
  struct pair p = {-7, 'x'};
  int r = logos_va("iii", c, s, uc);
  r += logos_va("spi", "A", p, 5);
  r += logos_va("uiu", 0xffff0000u, 1, 0x0000ffffu);
  r += logos_va("");
  return r;
}
