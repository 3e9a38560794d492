// A global pointer advanced with *gp++ by several functions: every function sees the moved pointer.
int printf(const char *, ...);

static int buffer[16];
int *gp = buffer;

static void put(int v) { *gp++ = v; }
static int take_back(void) { return *--gp; }

int main(void) {
  for (int i = 1; i <= 5; i++) put(i * i);
  printf("stored %d\n", (int)(gp - buffer));
  int a = take_back(), b = take_back();
  printf("took %d and %d, %d left\n", a, b, (int)(gp - buffer));
  put(100);
  *gp++ += 1; /* buffer[4] was 25 */
  printf("buffer: %d %d %d %d %d\n", buffer[0], buffer[1], buffer[2], buffer[3], buffer[4]);
  return (int)(gp - buffer);
}
