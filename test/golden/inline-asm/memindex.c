// Memory operands addressed through pointers and indices: struct members, array elements in loops.
int printf(const char *, ...);

struct acc { int count; int total; int last; };

static void add(struct acc *a, int v) {
  __asm__("inc %0\n\tadd %1, %3\n\tmov %2, %3" : "+m"(a->count), "+m"(a->total), "=m"(a->last) : "r"(v) : "cc");
}

int main(void) {
  struct acc a[3] = {{0, 0, 0}, {0, 0, 0}, {0, 0, 0}};
  for (int i = 0; i < 10; i++) add(&a[i % 3], i * i);
  for (int i = 0; i < 3; i++) printf("%d %d %d\n", a[i].count, a[i].total, a[i].last);
  int v[6] = {1, 2, 3, 4, 5, 6};
  for (int i = 0; i < 6; i++) __asm__("imul %0, %1" : "+r"(v[i]) : "m"(v[5 - i]));
  for (int i = 0; i < 6; i++) printf("%d ", v[i]);
  printf("\n");
  return a[1].total;
}
