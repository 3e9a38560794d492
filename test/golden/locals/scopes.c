// Block scopes and shadowing; locals whose address is taken live in memory.
int printf(const char *, ...);
static void set(int *p, int v) { *p = v; }

int main(void) {
  int x = 1;
  {
    int x = 2;
    {
      int x = 3;
      printf("%d ", x);
    }
    printf("%d ", x);
  }
  printf("%d\n", x);
  int y;
  set(&y, 42);
  int z = y + x;
  set(&x, z);
  printf("%d %d %d\n", x, y, z);
  for (int i = 0; i < 3; i++) {
    int sq = i * i;
    printf("%d ", sq);
  }
  printf("\n");
  return 0;
}
