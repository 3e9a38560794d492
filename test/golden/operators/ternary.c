// The conditional operator: only one arm is evaluated, it nests to the right, and its arms are
// brought to a common type (int and unsigned give unsigned).
int printf(const char *, ...);

static int evaluated;
static int mark(int v) { evaluated++; return v; }

static const char *grade(int score) {
  return score >= 90 ? "A" : score >= 80 ? "B" : score >= 70 ? "C" : "F";
}

int main(void) {
  int r = 1 ? mark(10) : mark(20);
  printf("r = %d, evaluated = %d\n", r, evaluated);
  r = 0 ? mark(10) : mark(20);
  printf("r = %d, evaluated = %d\n", r, evaluated);
  printf("%s %s %s %s\n", grade(95), grade(85), grade(70), grade(3));
  int neg = -1;
  unsigned zero = 0;
  /* the result has type unsigned int: -1 becomes 4294967295 */
  printf("%u\n", 1 ? neg : zero);
  printf("%d\n", (1 ? neg : zero) > 0);
  int a = 3, b = 7;
  int *bigger = a > b ? &a : &b;
  *bigger = 0;
  printf("a = %d, b = %d\n", a, b);
  return evaluated;
}
