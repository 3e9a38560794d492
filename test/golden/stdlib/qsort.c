// qsort with several comparison functions (total orders: the result does not depend on stability), then bsearch.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int ints(const void *a, const void *b) {
  int x = *(const int *)a, y = *(const int *)b;
  return (x > y) - (x < y);
}
static int strs(const void *a, const void *b) { return strcmp(*(const char *const *)a, *(const char *const *)b); }

struct person { const char *name; int age; };
static int by_age_then_name(const void *a, const void *b) {
  const struct person *p = a, *q = b;
  if (p->age != q->age) return p->age - q->age;
  return strcmp(p->name, q->name);
}

int main(void) {
  int v[] = {42, -7, 2147483647, 0, -2147483647 - 1, 13, 13, 99, -1, 5};
  qsort(v, 10, sizeof v[0], ints);
  for (int i = 0; i < 10; i++) printf("%d ", v[i]);
  printf("\n");
  const char *w[] = {"pear", "apple", "fig", "Banana", "cherry", "apple pie"};
  qsort(w, 6, sizeof w[0], strs);
  for (int i = 0; i < 6; i++) printf("%s|", w[i]);
  printf("\n");
  struct person ps[] = {{"eve", 30}, {"bob", 25}, {"amy", 30}, {"dan", 25}, {"cy", 41}};
  qsort(ps, 5, sizeof ps[0], by_age_then_name);
  for (int i = 0; i < 5; i++) printf("%s:%d ", ps[i].name, ps[i].age);
  printf("\n");
  int keys[] = {13, 14, -2147483647 - 1, 2147483647, 100};
  for (int i = 0; i < 5; i++) {
    int *hit = bsearch(&keys[i], v, 10, sizeof v[0], ints);
    printf("%d: %s\n", keys[i], hit ? (*hit == keys[i] ? "found" : "wrong") : "absent");
  }
  qsort(v, 0, sizeof v[0], ints);
  qsort(v, 1, sizeof v[0], ints);
  return v[0] < 0;
}
