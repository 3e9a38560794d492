// Tail-recursive functions (a call in tail position) running 1000000 deep: an accumulator
// version of factorial mod 2^32, gcd, and digit counting.
int printf(const char *, ...);

static unsigned fact(unsigned n, unsigned acc) { return n <= 1 ? acc : fact(n - 1, acc * n); }
static unsigned gcd(unsigned a, unsigned b) { return b == 0 ? a : gcd(b, a % b); }
static int count(unsigned n, int acc) { return n == 0 ? acc : count(n - 1, acc + (int)(n & 1)); }

int main(void) {
  printf("10! = %u, 13! mod 2^32 = %u\n", fact(10, 1), fact(13, 1));
  printf("gcd(832040, 514229) = %u\n", gcd(832040, 514229));
  printf("odd numbers up to 200000: %d\n", count(200000, 0));
  return (int)(fact(5, 1));
}
