// Switch on unsigned and narrow types: the controlling expression is promoted, cases converted.
int printf(const char *, ...);

static int u(unsigned x) {
  switch (x) {
  case 0: return 0;
  case 0x80000000u: return 1;
  case 0xffffffffu: return 2;
  case 7: return 3;
  default: return -1;
  }
}

static int c(char ch) {
  switch (ch) {
  case -1: return 10;
  case 'a': return 11;
  case (char)200: return 12;
  default: return -1;
  }
}

static int uc(unsigned char ch) {
  switch (ch) {
  case 255: return 20;
  case 0: return 21;
  default: return ch;
  }
}

int main(void) {
  printf("%d %d %d %d %d\n", u(0), u(0x80000000u), u((unsigned)-1), u(7), u(8));
  printf("%d %d %d %d\n", c(-1), c('a'), c((char)200), c('b'));
  printf("%d %d %d\n", uc(255), uc(0), uc(77));
  short s = -3;
  switch (s) {
  case -3: printf("short -3\n"); break;
  case 3: printf("wrong\n"); break;
  }
  return uc((unsigned char)-1);
}
