// The register storage class: a hint only, with the same meaning as an automatic local.
int printf(const char *, ...);

static int sum_to(register int n) {
  register int s = 0;
  while (n > 0) s += n--;
  return s;
}

int main(void) {
  register int i;
  register unsigned acc = 1;
  for (i = 1; i <= 12; i++) acc *= (unsigned)i;
  printf("12! = %u\n", acc);
  printf("sum_to(100) = %d\n", sum_to(100));
  register char c = 'A';
  c += 2;
  printf("c = %c\n", c);
  return sum_to(10);
}
