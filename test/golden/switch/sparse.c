// A sparse switch: far-apart values, negative ones, and the extremes of int.
int printf(const char *, ...);

static const char *name(int x) {
  switch (x) {
  case -2147483647 - 1: return "INT_MIN";
  case -1000000: return "minus a million";
  case -1: return "minus one";
  case 0: return "zero";
  case 42: return "answer";
  case 4096: return "page";
  case 65536: return "64K";
  case 1000000007: return "prime";
  case 2147483647: return "INT_MAX";
  }
  return "other";
}

int main(void) {
  int vals[] = {-2147483647 - 1, -1000000, -999999, -1, 0, 1, 42, 4096, 4097, 65536, 1000000007, 2147483647};
  int known = 0;
  for (int i = 0; i < 12; i++) {
    const char *n = name(vals[i]);
    known += n[0] != 'o';
    printf("%d: %s\n", vals[i], n);
  }
  return known;
}
