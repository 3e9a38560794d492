// Mutually recursive functions declared before use: even/odd and Hofstadter's F and M sequences.
int printf(const char *, ...);

static int is_even(unsigned n);
static int is_odd(unsigned n) { return n == 0 ? 0 : is_even(n - 1); }
static int is_even(unsigned n) { return n == 0 ? 1 : is_odd(n - 1); }

static int M(int n);
static int F(int n) { return n == 0 ? 1 : n - M(F(n - 1)); }
static int M(int n) { return n == 0 ? 0 : n - F(M(n - 1)); }

int main(void) {
  printf("is_even(10) = %d, is_odd(7) = %d, is_even(1001) = %d\n", is_even(10), is_odd(7), is_even(1001));
  printf("F:");
  for (int n = 0; n < 16; n++) printf(" %d", F(n));
  printf("\nM:");
  for (int n = 0; n < 16; n++) printf(" %d", M(n));
  printf("\n");
  return F(20);
}
