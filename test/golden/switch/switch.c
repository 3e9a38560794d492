// switch: dense and sparse cases, fall-through, default in the middle, nested switches.
int printf(const char *, ...);

static int days(int month) {
  switch (month) {
  case 2: return 28;
  case 4: case 6: case 9: case 11: return 30;
  default: return 31;
  }
}

static int classify(int x) {
  int r = 0;
  switch (x) {
  case -100: r += 1;
  case 7: r += 10; break;
  default: r += 100;
  case 1000000: r += 1000; break;
  case 3: r = -1;
  }
  return r;
}

int main(void) {
  int total = 0;
  for (int m = 1; m <= 12; m++) total += days(m);
  printf("%d\n", total);
  int xs[] = {-100, 7, 1000000, 3, 0, 8};
  for (int i = 0; i < 6; i++) printf("%d ", classify(xs[i]));
  printf("\n");
  for (int i = 0; i < 3; i++)
    switch (i) {
    case 0: printf("zero "); break;
    case 1:
      switch (i * 2) { case 2: printf("two "); break; default: printf("? "); }
      break;
    default: printf("many\n");
    }
  char c = 'b';
  switch (c) { case 'a': printf("a\n"); break; case 'b': printf("b\n"); break; }
  return 0;
}
