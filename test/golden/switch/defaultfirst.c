// default need not be last: placed first or in the middle, with fall-through into and out of it.
int printf(const char *, ...);

static int f(int x) {
  int r = 0;
  switch (x) {
  default: r += 1000; /* fall through */
  case 1: r += 1; break;
  case 2: r += 2; /* fall through */
  case 3: r += 3;
  }
  return r;
}

static int g(int x) {
  int r = 0;
  switch (x) {
  case 5: r = 5; break;
  default: r = -1; /* fall through */
  case 6: r += 60;
  }
  return r;
}

int main(void) {
  for (int x = 0; x <= 4; x++) printf("f(%d) = %d\n", x, f(x));
  for (int x = 4; x <= 7; x++) printf("g(%d) = %d\n", x, g(x));
  return f(2) + g(6);
}
