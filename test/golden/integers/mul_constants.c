// Multiplication by constants that compilers strength-reduce (0, 1, -1, 2, 3, 5, 9, 10, 1000,
// 0x10001) agrees with multiplication through a variable.
int printf(const char *, ...);

static int id(int x) { return x; }

int main(void) {
  int xs[] = { 0, 1, -1, 3, -3, 46340, -46340, 214748, -214748, 65535 };
  int wrong = 0;
  for (int i = 0; i < 10; i++) {
    int x = xs[i];
    int r[] = { x * 0, x * 1, x * -1, x * 2, x * 3, x * 5, x * 9, x * 10, x * 1000 };
    int k[] = { 0, 1, -1, 2, 3, 5, 9, 10, 1000 };
    for (int j = 0; j < 9; j++)
      if (r[j] != x * id(k[j])) wrong++;
    unsigned u = (unsigned)x * 0x10001u;
    if (u != (unsigned)x * (unsigned)id(0x10001)) wrong++;
    printf("%7d: *3=%d *5=%d *9=%d *10=%d *1000=%d *0x10001u=%u\n", x, r[4], r[5], r[6], r[7],
           r[8], u);
  }
  printf("wrong: %d\n", wrong);
  return wrong;
}
