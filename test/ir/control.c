// Driver for control.ir (reference implementations under -DREFERENCE).
#include <stdio.h>
#include <stdlib.h>

#ifdef REFERENCE
int compare(int a, int b) {
  unsigned ua = a, ub = b;
  return (a == b) | (a != b) << 1 | (a < b) << 2 | (a <= b) << 3 | (a > b) << 4 | (a >= b) << 5 |
         (ua < ub) << 6 | (ua <= ub) << 7 | (ua > ub) << 8 | (ua >= ub) << 9 | (5 < a) << 10 |
         (ua < 5u) << 11 | (a == 0) << 12;
}
int branch(int a, int b) {
  int r = 0;
  if (a < b) r |= 1;
  if ((unsigned)a > (unsigned)b) r |= 2;
  if (3 >= b) r |= 4;
  if (a) r |= 8;
  if ((unsigned)a <= 100u) r |= 16;
  r |= 32;
  if (a != b) r |= 64;
  return r;
}
int collatz(unsigned n) {
  int steps = 0;
  while (n > 1) n = n & 1 ? n * 3 + 1 : n >> 1, steps++;
  return steps;
}
void die(int code) { exit(code); }
#else
int compare(int a, int b);
int branch(int a, int b);
int collatz(unsigned n);
void die(int code);
#endif

int main(void) {
  static const int values[] = {0, 1, -1, 3, 4, 5, 6, 100, 101, -100, 0x7fffffff, -0x7fffffff - 1};
  int n = sizeof values / sizeof values[0];
  for (int i = 0; i < n; i++)
    for (int j = 0; j < n; j++)
      printf("%d %d: %x %x\n", values[i], values[j], compare(values[i], values[j]), branch(values[i], values[j]));
  for (unsigned k = 1; k < 30; k++) printf("collatz %u %d\n", k, collatz(k));
  printf("collatz 27 %d\n", collatz(27));
  fflush(stdout);
  die(3);
  return 0;
}
