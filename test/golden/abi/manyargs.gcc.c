// The gcc side of abi/manyargs.
struct rgb { unsigned char r, g, b; };

int gcc_many(int a, char b, short c, const char *d, struct rgb e, unsigned f, signed char g, int h, struct rgb i, long j) {
  return a + b + c + d[0] + e.r * 100 + e.g * 10 + e.b + (int)(f % 1000) + g + h + i.r + i.g + i.b + (int)(j % 1000);
}

int gcc_calls_many(int (*f)(char, int, short, struct rgb, unsigned char, int, int, const int *)) {
  struct rgb c = {10, 20, 30};
  static const int arr[] = {5, 6, 7};
  return f(-1, 2, -3, c, 200, 5, -6, arr);
}
