// A parameter is in the function's outermost block; an inner block may hide it.
int printf(const char *, ...);

static int f(int n) {
  int result = n;
  {
    int n = 1000;
    result += n;
  }
  for (int n = 0; n < 3; n++) result += n;
  return result + n;
}

static int g(int x, int y) {
  if (x > y) {
    int x = y; /* a new x */
    return x;
  }
  return x;
}

int main(void) {
  printf("f(5) = %d\n", f(5));
  printf("g(9, 4) = %d, g(2, 8) = %d\n", g(9, 4), g(2, 8));
  return f(1) - 1000;
}
