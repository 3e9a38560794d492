// atoi and atol: leading whitespace and signs, stopping at the first non-digit.
#include <stdio.h>
#include <stdlib.h>

int main(void) {
  const char *in[] = {"0", "123", "-456", "+789", "  \t\n42", "12abc", "abc", "", "-0", "2147483647", "-2147483648", " - 5"};
  int sum = 0;
  for (int i = 0; i < 12; i++) {
    int a = atoi(in[i]);
    long l = atol(in[i]);
    printf("[%s] %d %ld\n", in[i], a, l);
    sum += a % 100;
  }
  printf("sum %d\n", sum);
  return atoi("7 dwarfs");
}
