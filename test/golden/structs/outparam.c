// Structs filled through pointer parameters, and functions returning pointers to members.
int printf(const char *, ...);

struct stats { int min, max, sum, count; };

static void collect(const int *v, int n, struct stats *s) {
  s->min = s->max = v[0];
  s->sum = 0;
  s->count = n;
  for (int i = 0; i < n; i++) {
    if (v[i] < s->min) s->min = v[i];
    if (v[i] > s->max) s->max = v[i];
    s->sum += v[i];
  }
}

static int *largest(struct stats *s) { return s->max > -s->min ? &s->max : &s->min; }

int main(void) {
  int v[] = {4, -17, 23, 8, 0, -3, 15};
  struct stats s;
  collect(v, 7, &s);
  printf("min %d max %d sum %d count %d\n", s.min, s.max, s.sum, s.count);
  int *big = largest(&s);
  *big = 0;
  printf("after: min %d max %d\n", s.min, s.max);
  struct stats many[2];
  collect(v, 3, &many[0]);
  collect(v + 3, 4, many + 1);
  printf("%d %d\n", many[0].sum, many[1].sum);
  return many[0].sum + many[1].sum == 30;
}
