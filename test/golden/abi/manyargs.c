// ABI: many arguments of mixed types (chars, shorts, pointers, structs) on the stack, both directions.
int printf(const char *, ...);

struct rgb { unsigned char r, g, b; };

/* gcc side */
int gcc_many(int a, char b, short c, const char *d, struct rgb e, unsigned f, signed char g, int h, struct rgb i, long j);
int gcc_calls_many(int (*f)(char, int, short, struct rgb, unsigned char, int, int, const int *));

/* called by gcc */
int logos_many(char a, int b, short c, struct rgb d, unsigned char e, int f, int g, const int *h) {
  return a + b * 2 + c * 3 + (d.r + d.g + d.b) * 4 + e * 5 + f * 6 + g * 7 + h[1] * 8;
}

int main(void) {
  struct rgb x = {1, 2, 3}, y = {250, 251, 252};
  printf("%d\n", gcc_many(1, -2, -300, "str", x, 4000000000u, -128, 7, y, -99999L));
  printf("%d\n", gcc_calls_many(logos_many));
  return gcc_many(0, 0, 0, "", x, 0, 0, 0, x, 0) & 0xff;
}
