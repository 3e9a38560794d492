// short and unsigned short arithmetic: promotion, stores that truncate, division and remainder.
int printf(const char *, ...);

int main(void) {
  short a = -32768, b = 32767, c = -7;
  unsigned short u = 65535, v = 3;
  printf("a / c = %d, a %% c = %d, b / c = %d\n", a / c, a % c, b / c);
  printf("-a = %d (int), (short)-a = %d\n", -a, (short)-a);
  printf("u / v = %d, u %% 256 = %d, u * v = %d\n", u / v, u % 256, u * v);
  short acc = 0;
  for (int i = 0; i < 1000; i++) acc = (short)(acc + 100);
  printf("1000 * 100 as short = %d\n", acc);
  unsigned short h = 0;
  for (int i = 0; i < 10; i++) h = (unsigned short)(h * 31 + 7);
  printf("hash = %d\n", h);
  return h % 256;
}
