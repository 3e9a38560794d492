// A file-scope table of pointers to file-scope objects, walked and modified at run time.
int printf(const char *, ...);

static int alpha = 1, beta = 2, gamma_ = 3;
static int *vars[] = { &alpha, &beta, &gamma_, &beta };
static const char *names[] = { "alpha", "beta", "gamma", "beta again" };

int main(void) {
  for (int i = 0; i < 4; i++) *vars[i] *= 10;
  for (int i = 0; i < 4; i++) printf("%s = %d\n", names[i], *vars[i]);
  printf("beta was multiplied twice: %d\n", beta);
  return alpha + beta + gamma_;
}
