// Loops written with goto: a backward jump as while, and leaving nested loops in one jump.
int printf(const char *, ...);

int main(void) {
  int i = 0, sum = 0;
top:
  if (i < 10) {
    sum += i;
    i++;
    goto top;
  }
  printf("sum %d\n", sum);

  int fi = -1, fj = -1;
  for (int a = 1; a < 20; a++)
    for (int b = a; b < 20; b++)
      for (int c = b; c < 30; c++)
        if (a * a + b * b == c * c && a + b + c == 24) {
          fi = a, fj = b;
          goto found;
        }
  printf("not found\n");
  return 1;
found:
  printf("triple with perimeter 24: %d %d\n", fi, fj);
  return fi + fj;
}
