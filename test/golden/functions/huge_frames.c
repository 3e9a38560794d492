// Functions with a 1 MB local array, four activations deep: the stack grows by megabytes at once.
int printf(const char *, ...);

static unsigned fill(int depth) {
  unsigned big[262144]; /* 1 MB */
  for (int i = 0; i < 262144; i += 1024) big[i] = (unsigned)(i + depth);
  unsigned s = 0;
  for (int i = 0; i < 262144; i += 1024) s += big[i];
  return depth > 0 ? s + fill(depth - 1) : s;
}

int main(void) {
  unsigned total = fill(3);
  printf("total %u\n", total);
  return (int)(total % 256);
}
