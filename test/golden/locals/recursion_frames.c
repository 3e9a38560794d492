// Each activation of a recursive function has its own locals: an array per frame survives the
// recursive calls made after it is filled.
int printf(const char *, ...);

static int depth_sum(int depth) {
  int mine[4];
  for (int i = 0; i < 4; i++) mine[i] = depth * 10 + i;
  int below = depth > 0 ? depth_sum(depth - 1) : 0;
  int total = below;
  for (int i = 0; i < 4; i++) total += mine[i];
  if (depth % 3 == 0) printf("depth %d: mine = %d %d %d %d, total %d\n", depth, mine[0], mine[1], mine[2], mine[3], total);
  return total;
}

int main(void) {
  int t = depth_sum(9);
  printf("total %d\n", t);
  return t % 256;
}
