// char, signed char, unsigned char, short, unsigned short: loads, stores and arithmetic
// widen as C says.
int printf(const char *, ...);

signed char sc[4] = {-128, -1, 0, 127};
unsigned char uc[4] = {0, 1, 128, 255};
short ss[3] = {-32768, -1, 32767};
unsigned short us[3] = {0, 32768, 65535};

int main(void) {
  int total = 0;
  for (int i = 0; i < 4; i++) total += sc[i] * 1000 + uc[i];
  printf("%d\n", total);
  for (int i = 0; i < 3; i++) printf("%d %d ", ss[i], us[i]);
  printf("\n");
  char c = 'A';
  c += 25;
  unsigned char wrap = 250;
  wrap += 10;
  short s = 30000;
  s = s * 2;
  printf("%c %d %d\n", c, wrap, s);
  uc[0] = 0x1ff;
  sc[0] = 0x80;
  printf("%d %d\n", uc[0], sc[0]);
  return 0;
}
