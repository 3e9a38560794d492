// Loops whose condition is false at once never run their body, nor a for loop's step.
int printf(const char *, ...);

static int steps;
static int step(int i) { steps++; return i + 1; }

int main(void) {
  int body = 0;
  for (int i = 10; i < 10; i = step(i)) body++;
  for (unsigned u = 0; u > 0; u = (unsigned)step((int)u)) body++;
  int n = -1;
  while (n >= 0) { body++; n--; }
  for (int i = 0; i < 0; i++) body++;
  printf("body = %d, steps = %d\n", body, steps);
  int empty[1] = { 0 };
  int len = 0;
  while (empty[len] != 0) len++;
  printf("len = %d\n", len);
  return body + steps + len;
}
