// Five nested blocks, each adding a variable that uses those of the enclosing blocks.
int printf(const char *, ...);

int main(void) {
  int a = 1;
  {
    int b = a + 1;
    {
      int c = a + b;
      {
        int d = a + b + c;
        {
          int e = a + b + c + d;
          printf("a=%d b=%d c=%d d=%d e=%d\n", a, b, c, d, e);
          a = e;
        }
        printf("d=%d a=%d\n", d, a);
      }
    }
  }
  printf("a=%d\n", a);
  return a;
}
