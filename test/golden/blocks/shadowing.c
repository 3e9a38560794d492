// An inner block's declaration hides an outer one of the same name until the block ends.
int printf(const char *, ...);

int x = 1; /* file scope */
static int x_outer_free(void) { return x + 3; } /* uses the file-scope x */

int main(void) {
  printf("file x = %d\n", x);
  int x = 2;
  printf("function x = %d\n", x);
  {
    int x = 3;
    printf("block x = %d\n", x);
    {
      int x = x_outer_free(); /* the file-scope x + 3 */
      printf("inner x = %d\n", x);
    }
    x += 10;
    printf("block x after += 10 = %d\n", x);
  }
  printf("function x again = %d\n", x);
  return x;
}
