// Rescanning: a macro that expands to another macro's name followed by parentheses gets called.
int printf(const char *, ...);

#define APPLY(m, x) m(x)
#define TWICE(x) (2 * (x))
#define INC(x) ((x) + 1)
#define ID(x) x
#define LPAREN (

int main(void) {
  printf("%d %d\n", APPLY(TWICE, 5), APPLY(INC, APPLY(TWICE, 5)));
  printf("%d\n", ID(TWICE)(4));
  printf("%d\n", ID(INC ID(LPAREN) 9)));
  return APPLY(ID, 7);
}
