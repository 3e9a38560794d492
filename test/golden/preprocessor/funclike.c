// Function-like macro names without parentheses are not calls; arguments with commas in parens.
int printf(const char *, ...);

#define twice(x) (2 * (x))
static int (twice)(int x) { return x + x + 1; }
#define PAIR(a, b) a + b
#define FIRST(a, b) a
static int add(int a, int b) { return a + b; }

int main(void) {
  int (*fp)(int) = twice;
  printf("%d %d %d\n", twice(5), (twice)(5), fp(5));
  printf("%d\n", PAIR(add(1, 2), 3));
  printf("%d\n", FIRST(add(10, 20), 3));
  int arr[] = {FIRST(7, 8), PAIR(7, 8)};
  printf("%d %d\n", arr[0], arr[1]);
  printf("%d\n", twice
         (21));
  return twice(4);
}
