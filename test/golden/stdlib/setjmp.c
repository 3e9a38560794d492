// setjmp and longjmp: leaving deep recursion at once; the value longjmp passes (0 becomes 1).
#include <setjmp.h>
#include <stdio.h>

static jmp_buf env;
static int depth_reached;

static void dive(int depth, int limit) {
  depth_reached = depth;
  if (depth > limit) return;
  if (depth == limit) longjmp(env, depth);
  dive(depth + 1, limit);
  printf("never printed\n");
}

static int try_zero(void) {
  static jmp_buf z;
  int r = setjmp(z);
  if (r == 0) longjmp(z, 0);
  return r;
}

int main(void) {
  volatile int attempts = 0;
  int r = setjmp(env);
  attempts++;
  printf("setjmp returned %d (attempt %d)\n", r, attempts);
  if (r == 0) dive(1, 10);
  else if (r < 30) dive(1, r * 2 + 5);
  printf("depth reached %d\n", depth_reached);
  printf("longjmp(0) gives %d\n", try_zero());
  return attempts;
}
