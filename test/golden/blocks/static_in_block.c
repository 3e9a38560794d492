// A static variable in an inner block keeps its value between entries to the block.
int printf(const char *, ...);

int main(void) {
  int total = 0;
  for (int i = 0; i < 5; i++) {
    {
      static int seen;
      int fresh = 0;
      seen++;
      fresh++;
      total += seen * 10 + fresh;
      printf("seen %d fresh %d\n", seen, fresh);
    }
    {
      static int seen = 100; /* a different object of the same name */
      seen--;
      total += seen;
    }
  }
  printf("total %d\n", total);
  return total % 256;
}
