// Pointers to structs: ->, (*p)., pointer arithmetic over an array of structs, &p->member.
int printf(const char *, ...);

struct item { char tag; int value; short weight; };

int main(void) {
  struct item items[4] = {{'a', 10, 1}, {'b', 20, 2}, {'c', 30, 3}, {'d', 40, 4}};
  struct item *p = items;
  int total = 0;
  for (; p < items + 4; p++) total += p->value * p->weight;
  printf("total %d\n", total);
  p = &items[2];
  printf("%c %c %c\n", p->tag, (p - 1)->tag, (*(p + 1)).tag);
  int *v = &p->value;
  *v = 99;
  printf("%d\n", items[2].value);
  short *w = &items[3].weight;
  printf("%d %d\n", *w, (int)((char *)w - (char *)&items[3]));
  printf("distance %d, bytes %d\n", (int)(&items[3] - &items[0]), (int)((char *)&items[3] - (char *)&items[0]));
  p->value++;
  ++p->value;
  p->weight *= 10;
  printf("%d %d\n", items[2].value, items[2].weight);
  return total / 10;
}
