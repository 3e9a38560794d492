// FizzBuzz: the classic if/else chain with remainders, and a count of each kind.
int printf(const char *, ...);

int main(void) {
  int fizz = 0, buzz = 0, both = 0;
  for (int i = 1; i <= 30; i++) {
    if (i % 15 == 0) { printf("FizzBuzz\n"); both++; }
    else if (i % 3 == 0) { printf("Fizz\n"); fizz++; }
    else if (i % 5 == 0) { printf("Buzz\n"); buzz++; }
    else printf("%d\n", i);
  }
  printf("fizz %d buzz %d fizzbuzz %d\n", fizz, buzz, both);
  return fizz * 100 + buzz * 10 + both;
}
