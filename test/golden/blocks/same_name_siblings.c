// Sibling blocks declaring the same names with different types and values, one after another.
int printf(const char *, ...);

int main(void) {
  int result = 0;
  {
    int t = 40000;
    result += t;
  }
  {
    short t = (short)40000;
    result += t;
  }
  {
    unsigned char t = (unsigned char)40000;
    result += t;
  }
  {
    const char *t = "forty thousand";
    result += t[0];
  }
  printf("result %d\n", result);
  return result % 256;
}
