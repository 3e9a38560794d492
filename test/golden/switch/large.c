// A switch with many cases over a wide range: one clustered block and scattered outliers.
int printf(const char *, ...);

static int f(unsigned x) {
  switch (x) {
  case 100: case 101: case 102: case 103: case 104: case 105: case 106: case 107:
    return x - 100;
  case 108: case 109: case 110: case 111:
    return (x - 100) * 2;
  case 200: return 50;
  case 300: return 51;
  case 1u << 31: return 52;
  case 0: return 53;
  case 0xffffffffu: return 54;
  default: return 99;
  }
}

int main(void) {
  unsigned xs[] = {99, 100, 104, 107, 108, 111, 112, 200, 250, 300, 1u << 31, 0, 0xffffffffu, 0xfffffffeu};
  int sum = 0;
  for (int i = 0; i < 14; i++) {
    printf("%u:%d ", xs[i], f(xs[i]));
    sum += f(xs[i]);
  }
  printf("\n%d\n", sum);
  return sum % 256;
}
