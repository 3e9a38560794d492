// Recursion passing char and short arguments that wrap on the way down.
int printf(const char *, ...);

static int walk(unsigned char c, short s, int depth) {
  if (depth == 0) return c + s;
  return walk((unsigned char)(c + 37), (short)(s - 3000), depth - 1) + (depth == 10 ? c : 0);
}

static signed char flip(signed char c, int n) { return n == 0 ? c : flip((signed char)(c ^ -128), n - 1); }

int main(void) {
  printf("walk %d\n", walk(200, 30000, 10));
  printf("flip %d %d %d\n", flip(5, 0), flip(5, 1), flip(5, 2));
  int total = 0;
  for (int i = 0; i < 20; i++) total += walk((unsigned char)i, (short)(i * 1000), i);
  printf("total %d\n", total);
  return flip(-1, 1);
}
