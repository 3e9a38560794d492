// A parameter whose address is taken: callees modify it through the pointer, and the function
// sees the new value.
int printf(const char *, ...);

static void twice(int *p) { *p *= 2; }
static void set_char(char *c, char v) { *c = v; }

static int f(int n, char c, short s) {
  twice(&n);
  twice(&n);
  set_char(&c, (char)(c + 1));
  short *ps = &s;
  *ps = (short)(*ps + 1000);
  return n + c + s;
}

static int g(int a, int b) {
  int *which = a > b ? &a : &b;
  *which = 0;
  return a * 1000 + b;
}

int main(void) {
  printf("f = %d\n", f(3, 'A', 32000));
  printf("g = %d %d\n", g(5, 9), g(9, 5));
  return f(1, 0, 0) % 256;
}
