// Subtracting pointers gives a count of elements (ptrdiff_t), for every element size.
int printf(const char *, ...);

struct big { int x[5]; };

int main(void) {
  char c[10];
  short s[10];
  int i[10];
  struct big b[10];
  printf("char %d, short %d, int %d, struct %d\n", (int)(&c[9] - &c[2]), (int)(&s[9] - &s[2]),
         (int)(&i[9] - &i[2]), (int)(&b[9] - &b[2]));
  printf("negative: %d\n", (int)(&i[1] - &i[8]));
  printf("bytes: %d\n", (int)((char *)&b[3] - (char *)&b[1]));
  int *p = i + 7;
  printf("p - i = %d, i - p = %d\n", (int)(p - i), (int)(i - p));
  return (int)(&b[9] - b);
}
