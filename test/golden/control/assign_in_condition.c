// An assignment inside a condition (doubled parentheses): the stored value is what is tested.
int printf(const char *, ...);

static int values[] = { 4, 9, 0, 3 };
static int pos;
static int next(void) { return values[pos++]; }

int main(void) {
  int v, sum = 0;
  while ((v = next())) sum += v;
  printf("sum before zero %d, pos %d\n", sum, pos);
  int r;
  if ((r = sum % 7) != 0) printf("remainder %d\n", r);
  unsigned x = 40;
  int halvings = 0;
  while ((x >>= 1)) halvings++;
  printf("halvings %d\n", halvings);
  int *p;
  if ((p = &values[3]) && *p == 3) printf("found 3 at index %d\n", (int)(p - values));
  return sum;
}
