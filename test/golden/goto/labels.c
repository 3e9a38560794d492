// Labels have function scope and their own name space: a label and a variable may share a name.
int printf(const char *, ...);

static int f(int n) {
  int count = 0;
  if (n > 0) goto count;
  return -1;
count:
  count++;
  if (--n > 0) goto count;
  return count;
}

static int g(int n) {
  {
    goto deep;
  }
  n = 0;
  {
    {
    deep:
      n *= 3;
    }
  }
  return n;
}

int main(void) {
  printf("%d %d %d\n", f(0), f(1), f(5));
  printf("%d\n", g(7));
  return f(4) + g(2);
}
