// A block-scope extern declaration names the file-scope object, even when a local hides it.
int printf(const char *, ...);

int counter = 7;

static int read_global(void) {
  int counter = 100; /* hides the global */
  {
    extern int counter; /* and this names it again */
    return counter;
  }
  return counter; /* not reached */
}

int main(void) {
  int counter = 1;
  printf("local counter %d, global via extern %d\n", counter, read_global());
  {
    extern int counter;
    counter += 5;
  }
  printf("local counter %d, global now %d\n", counter, read_global());
  return read_global();
}
