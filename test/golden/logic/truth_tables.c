// Truth tables of !, &&, ||, and De Morgan's laws checked over operands that are not just 0 and 1.
int printf(const char *, ...);

int main(void) {
  int vals[] = { 0, 1, -1, 42 };
  int bad = 0;
  for (int i = 0; i < 4; i++) {
    for (int j = 0; j < 4; j++) {
      int a = vals[i], b = vals[j];
      if (!(a && b) != (!a || !b)) bad++;
      if (!(a || b) != (!a && !b)) bad++;
      if ((a && b) != (!!a & !!b)) bad++;
      if ((a || b) != (!!a | !!b)) bad++;
      printf("%3d %3d: && %d  || %d  !a %d  a^b %d\n", a, b, a && b, a || b, !a, !a != !b);
    }
  }
  printf("law violations: %d\n", bad);
  return bad;
}
