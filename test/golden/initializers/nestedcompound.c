// Compound literals inside initializers and other compound literals, with designators.
int printf(const char *, ...);

struct point { int x, y; };
struct line { struct point *from, *to; const char *label; };

static struct line diag = {&(struct point){0, 0}, &(struct point){.y = 5, .x = 5}, "diagonal"};

static int length2(const struct line *l) {
  int dx = l->to->x - l->from->x, dy = l->to->y - l->from->y;
  return dx * dx + dy * dy;
}

int main(void) {
  struct line lines[] = {
    diag,
    {&(struct point){1, 1}, &(struct point){4, 5}, "three-four-five"},
    {.label = "flat", .from = &(struct point){-2, 0}, .to = &(struct point){2, 0}},
  };
  for (int i = 0; i < 3; i++) printf("%s: %d\n", lines[i].label, length2(&lines[i]));
  int total = 0;
  for (const int *p = (const int[]){1, 2, 3, 0}; *p; p++) total += *p;
  printf("%d\n", total);
  return length2(&lines[1]);
}
