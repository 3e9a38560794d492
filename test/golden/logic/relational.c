// Relational and equality operators, signed versus unsigned, and their 0/1 values.
int printf(const char *, ...);

int main(void) {
  int vals[] = {-2, -1, 0, 1, 2};
  for (int i = 0; i < 5; i++)
    for (int j = 0; j < 5; j++) {
      int a = vals[i], b = vals[j];
      printf("%d%d%d%d%d%d", a < b, a <= b, a > b, a >= b, a == b, a != b);
      printf("%d%d ", (unsigned)a < (unsigned)b, (unsigned)a >= (unsigned)b);
    }
  printf("\n%d %d\n", -1 < 0u, -1 < 0);
  return 0;
}
