// continue in a do-while jumps to the condition, not to the top of the body.
int printf(const char *, ...);

int main(void) {
  int i = 0, body = 0, tail = 0;
  do {
    i++;
    body++;
    if (i % 2) continue;
    tail++;
  } while (i < 10);
  printf("i = %d, body = %d, tail = %d\n", i, body, tail);
  int n = 5, checks = 0;
  do {
    if (n == 3) { n--; continue; }
    n--;
  } while (checks++, n > 0);
  printf("n = %d, checks = %d\n", n, checks);
  return checks;
}
