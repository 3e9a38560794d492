// Arithmetic on enums: they convert to int in expressions; increments step through values.
int printf(const char *, ...);

enum day { MON, TUE, WED, THU, FRI, SAT, SUN };

static enum day add_days(enum day d, int n) { return (enum day)(((int)d + n % 7 + 7) % 7); }

int main(void) {
  const char *names = "MonTueWedThuFriSatSun";
  enum day d = FRI;
  for (int n = -8; n <= 8; n += 4) {
    enum day e = add_days(d, n);
    printf("%+d: %.3s\n", n, names + 3 * e);
  }
  int weekend = 0;
  for (enum day x = MON; x <= SUN; x++) weekend += x >= SAT;
  printf("weekend days %d\n", weekend);
  printf("%d %d %d\n", SUN - MON, WED * 2, (TUE | THU) == 3);
  return add_days(SUN, 1);
}
