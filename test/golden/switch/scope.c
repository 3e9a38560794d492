// Declarations inside a switch body: blocks per case, and variables visible across cases.
int printf(const char *, ...);

static int f(int op, int a, int b) {
  int result;
  switch (op) {
  case '+': {
    int t = a + b;
    result = t;
    break;
  }
  case '*': {
    int t = a * b;
    result = t;
    break;
  }
  case '^': {
    int r = 1;
    for (int i = 0; i < b; i++) r *= a;
    result = r;
    break;
  }
  default:
    result = 0;
  }
  return result;
}

int main(void) {
  printf("%d %d %d %d\n", f('+', 3, 4), f('*', 3, 4), f('^', 3, 4), f('?', 3, 4));
  int total = 0;
  for (int k = 0; k < 3; k++) {
    switch (k) {
      int shared;
    case 0:
      shared = 5;
      total += shared;
      break;
    case 1:
      shared = 50;
      total += shared;
      break;
    default:
      total += 500;
    }
  }
  printf("%d\n", total);
  return f('^', 2, 7);
}
