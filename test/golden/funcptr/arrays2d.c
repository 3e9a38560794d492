// A 2-D table of function pointers: a transition table indexed by state and input class.
int printf(const char *, ...);

typedef int (*action)(int acc, char c);
static int keep(int acc, char c) { (void)c; return acc; }
static int digit(int acc, char c) { return acc * 10 + (c - '0'); }
static int reset(int acc, char c) { (void)acc; (void)c; return 0; }
static int negate(int acc, char c) { (void)c; return -acc; }

enum { DIGIT, SIGN, OTHER };
static int class_of(char c) { return c >= '0' && c <= '9' ? DIGIT : c == '-' ? SIGN : OTHER; }

static const action table[2][3] = {
  /* state 0: between numbers */ {digit, keep, keep},
  /* state 1: inside a number */ {digit, negate, reset},
};
static const int next_state[2][3] = {{1, 0, 0}, {1, 1, 0}};

int main(void) {
  const char *text = "12 345-x 7-- 89";
  int state = 0, acc = 0;
  for (const char *p = text; *p; p++) {
    int k = class_of(*p);
    acc = table[state][k](acc, *p);
    state = next_state[state][k];
    printf("%c: state %d acc %d\n", *p, state, acc);
  }
  return acc;
}
