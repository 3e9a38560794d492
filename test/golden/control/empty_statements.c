// Empty statements and empty blocks as if/else/loop bodies.
int printf(const char *, ...);

int main(void) {
  int x = 3;
  if (x > 2);
  else x = 100;
  if (x > 2) {} else { x = 200; }
  int i;
  for (i = 0; i < 10; i++);
  int n = 1000, steps = 0;
  while ((n /= 2) > 0 && ++steps);
  ;;
  {}
  printf("x %d, i %d, steps %d\n", x, i, steps);
  return i;
}
