// Macro pitfalls done right: parenthesized parameters and bodies, do-while(0) statements.
int printf(const char *, ...);

#define SQUARE_BAD(x) x * x
#define SQUARE(x) ((x) * (x))
#define DOUBLE_BAD(x) (x) + (x)
#define DOUBLE(x) ((x) + (x))
#define SWAP(a, b) do { int t_ = (a); (a) = (b); (b) = t_; } while (0)
#define MAX(a, b) ((a) > (b) ? (a) : (b))

int main(void) {
  printf("%d %d\n", SQUARE_BAD(1 + 2), SQUARE(1 + 2));
  printf("%d %d\n", 3 * DOUBLE_BAD(2), 3 * DOUBLE(2));
  int a = 1, b = 2;
  if (a < b) SWAP(a, b);
  else printf("never\n");
  printf("%d %d\n", a, b);
  int i = 5;
  int m = MAX(i++, 3);  /* i is incremented twice: a macro, not a function */
  printf("%d %d\n", m, i);
  return SQUARE(i - 1);
}
