// Static initializers holding addresses: of objects, of elements, of members, plus offsets.
int printf(const char *, ...);

int table[8] = {0, 10, 20, 30, 40, 50, 60, 70};
struct rec { int a; char name[8]; int b; } rec = {1, "rec", 2};

int *first = table;
int *third = &table[3];
int *past = table + 8;
char *name = rec.name;
int *member = &rec.b;
char *inside = &rec.name[1];
int **pp = &third;
struct rec *self = &rec;
const char *str = "literal" + 3;

int main(void) {
  printf("%d %d %d\n", *first, *third, (int)(past - first));
  printf("%s %d %s %d\n", name, *member, inside, **pp);
  printf("%s %s\n", self->name, str);
  *third = 33;
  third[1] = 44;
  printf("%d %d\n", table[3], table[4]);
  return **pp + (int)(past - third);
}
