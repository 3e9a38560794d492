// if / else chains, the conditional operator, and conditions of every kind.
int printf(const char *, ...);

static const char *sign(int x) { return x < 0 ? "negative" : x == 0 ? "zero" : "positive"; }

static int grade(int score) {
  if (score >= 90) return 'A';
  else if (score >= 80) return 'B';
  else if (score >= 70) return 'C';
  else return 'F';
}

int main(void) {
  printf("%s %s %s\n", sign(-5), sign(0), sign(7));
  printf("%c%c%c%c\n", grade(95), grade(85), grade(75), grade(10));
  int a = 3, b = 4;
  int max = a > b ? a : b;
  int *p = &a;
  if (p) printf("max %d\n", max);
  if ('x') printf("char condition\n");
  unsigned u = 0;
  if (!u) printf("zero\n");
  return 0;
}
