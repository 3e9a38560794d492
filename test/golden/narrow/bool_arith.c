// _Bool in arithmetic: it promotes to int 0 or 1; stores into it normalize any nonzero value.
int printf(const char *, ...);

int main(void) {
  _Bool flags[6];
  int values[6] = { 0, 1, 2, -1, 256, 0x10000 };
  int sum = 0;
  for (int i = 0; i < 6; i++) {
    flags[i] = values[i];
    sum += flags[i];
  }
  printf("flags %d%d%d%d%d%d sum %d\n", flags[0], flags[1], flags[2], flags[3], flags[4], flags[5], sum);
  _Bool t = 1, f = 0;
  printf("t + t = %d, t - f - t = %d, t * 5 = %d, ~t = %d, -t = %d\n", t + t, t - f - t, t * 5, ~t, -t);
  _Bool x = 0;
  x |= 4;
  printf("x |= 4 -> %d\n", x);
  x &= 2;
  printf("x &= 2 -> %d\n", x);
  return sum;
}
