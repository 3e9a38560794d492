// char arrays inside structs: copied whole by struct assignment, unlike char pointers.
int printf(const char *, ...);

struct person { char name[12]; const char *title; int age; };

static struct person rename(struct person p, const char *name) {
  int i = 0;
  for (; name[i] && i < 11; i++) p.name[i] = name[i];
  p.name[i] = 0;
  return p;
}

int main(void) {
  struct person a = {"Ada", "Countess", 36};
  struct person b = a;
  b.name[0] = 'E';
  printf("%s %s %d / %s %s %d\n", a.name, a.title, a.age, b.name, b.title, b.age);
  printf("title shared: %d, name shared: %d\n", a.title == b.title, a.name == b.name);
  struct person c = rename(a, "Grace Hopper!");
  printf("%s (%s)\n", c.name, a.name);
  struct person list[] = {{"x", "", 1}, {"yy", "t", 2}};
  printf("%s %s %d\n", list[1].name, list[0].name, (int)sizeof list[0].name);
  return c.name[11];
}
