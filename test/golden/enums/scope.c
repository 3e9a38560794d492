// Enum constants are ordinary identifiers: they shadow and are shadowed by block-scope names.
int printf(const char *, ...);

enum { X = 1, Y = 2 };

static int f(void) { return X * 10 + Y; }

int main(void) {
  printf("%d\n", f());
  {
    enum { X = 100 };
    printf("inner X %d Y %d\n", X, Y);
    {
      int Y = 7;
      printf("shadowed Y %d\n", Y);
    }
  }
  printf("outer X %d\n", X);
  enum local { L = X + Y, M = L * L };
  int arr[M];
  printf("M %d sizeof arr %d\n", M, (int)sizeof arr);
  return M;
}
