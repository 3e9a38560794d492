// A dense switch (a jump table): every value from 0 to 15, and values just outside the range.
int printf(const char *, ...);

static int f(int x) {
  switch (x) {
  case 0: return 100;
  case 1: return 101;
  case 2: return 99;
  case 3: return 7;
  case 4: return -4;
  case 5: return 55;
  case 6: return 6;
  case 7: return 777;
  case 8: return 8;
  case 9: return 81;
  case 10: return 1000;
  case 11: return 11;
  case 12: return -12;
  case 13: return 13;
  case 14: return 196;
  case 15: return 15;
  default: return -1;
  }
}

int main(void) {
  int sum = 0;
  for (int i = -3; i <= 18; i++) {
    printf("%d:%d ", i, f(i));
    sum += f(i);
  }
  printf("\nsum %d\n", sum);
  printf("extremes %d %d\n", f(-2147483647 - 1), f(2147483647));
  return sum & 0xff;
}
