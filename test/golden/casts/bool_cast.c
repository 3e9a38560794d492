// Casting to _Bool tests against zero: (_Bool)0x100 is 1, while (unsigned char)0x100 is 0.
int printf(const char *, ...);

int main(void) {
  int vs[] = { 0, 1, 0x100, -1, 0x10000, 2 };
  for (int i = 0; i < 6; i++)
    printf("%6d: (_Bool) %d, (unsigned char) %d, !! %d\n", vs[i], (_Bool)vs[i], (unsigned char)vs[i], !!vs[i]);
  int x = 5;
  int *p = &x, *q = 0;
  printf("(_Bool)p = %d, (_Bool)q = %d\n", (_Bool)p, (_Bool)q);
  unsigned u = 0x80000000u;
  printf("(_Bool)0x80000000 = %d, (_Bool)(u << 1) = %d\n", (_Bool)u, (_Bool)(u << 1));
  return (_Bool)vs[2] + (_Bool)vs[3];
}
