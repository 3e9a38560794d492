// A for loop's declaration is scoped to the loop: an outer variable of the same name is untouched.
int printf(const char *, ...);

int main(void) {
  int i = 100;
  int sum = 0;
  for (int i = 0; i < 5; i++) sum += i;
  printf("outer i = %d, sum = %d\n", i, sum);
  for (int i = 10, j = 20; i < j; i += 4, j -= 4) printf("i = %d, j = %d\n", i, j);
  for (int i = 0; i < 2; i++) {
    int i_copy = i;
    for (int i = 5; i < 7; i++) printf("inner i = %d (outer %d)\n", i, i_copy);
  }
  printf("outer i still %d\n", i);
  return i - 100;
}
