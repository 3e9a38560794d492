// A static local shared by all activations of a recursive function: depth tracking.
int printf(const char *, ...);

static int max_depth;

static int walk(int n) {
  static int depth;
  depth++;
  if (depth > max_depth) max_depth = depth;
  int r = n <= 1 ? 1 : walk(n - 1) + walk(n - 2);
  depth--;
  return r;
}

int main(void) {
  int r = walk(15);
  printf("walk(15) = %d, max depth %d\n", r, max_depth);
  max_depth = 0;
  walk(4);
  printf("walk(4): max depth %d\n", max_depth);
  return max_depth;
}
