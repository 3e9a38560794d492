// Compound literals: as arguments, as lvalues, arrays of them, and at file scope.
int printf(const char *, ...);

struct pt { int x, y; };

static int len2(struct pt p) { return p.x * p.x + p.y * p.y; }
static int sum(const int *v, int n) {
  int s = 0;
  for (int i = 0; i < n; i++) s += v[i];
  return s;
}

int *gp = (int[]){7, 8, 9};
struct pt *gpt = &(struct pt){5, 6};

int main(void) {
  printf("%d\n", len2((struct pt){3, 4}));
  printf("%d\n", sum((int[]){1, 2, 3, 4}, 4));
  int *p = (int[5]){[2] = 7};
  p[0] = 1;
  printf("%d %d %d\n", p[0], p[2], p[4]);
  (struct pt){1, 2}.x = 10;
  struct pt q = (struct pt){.y = 9};
  printf("%d %d\n", q.x, q.y);
  printf("%d %d %d\n", gp[1], gpt->x, gpt->y);
  int total = 0;
  for (int i = 0; i < 3; i++) {
    struct pt *t = &(struct pt){i, i * 2};
    total += t->x + t->y;
  }
  printf("%d\n", total);
  return sum((int[]){gp[0], gp[2]}, 2);
}
