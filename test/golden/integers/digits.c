// Decimal digits by / and %: digit sums, reversal, palindromes, and printing in any base.
int printf(const char *, ...);
int putchar(int);

static int digit_sum(int n) {
  int s = 0;
  if (n < 0) n = -n;
  while (n) { s += n % 10; n /= 10; }
  return s;
}

static unsigned reverse(unsigned n) {
  unsigned r = 0;
  while (n) { r = r * 10 + n % 10; n /= 10; }
  return r;
}

static void print_base(unsigned n, unsigned base) {
  char buf[33];
  int i = 0;
  do { buf[i++] = "0123456789abcdefghijklmnopqrstuvwxyz"[n % base]; n /= base; } while (n);
  while (i > 0) putchar(buf[--i]);
  putchar('\n');
}

int main(void) {
  printf("digit_sum(987654321) = %d, digit_sum(-4096) = %d\n", digit_sum(987654321), digit_sum(-4096));
  printf("reverse(123456789) = %u, reverse(1000) = %u\n", reverse(123456789), reverse(1000));
  int palindromes = 0;
  for (unsigned n = 1; n < 10000; n++)
    if (reverse(n) == n) palindromes++;
  printf("palindromes below 10000: %d\n", palindromes);
  print_base(255, 2);
  print_base(4294967295u, 16);
  print_base(4294967295u, 36);
  print_base(0, 7);
  return palindromes == 198 ? 0 : 1;
}
