// A typedef name in a parameter list and in an abstract declarator (a cast to pointer to array).
int printf(const char *, ...);

typedef int row[4];

static int trace(row *m, int n) {
  int t = 0;
  for (int i = 0; i < n; i++) t += m[i][i];
  return t;
}

static int count(int (*pred)(int), const int *v, int n) {
  int k = 0;
  for (int i = 0; i < n; i++) k += pred(v[i]) != 0;
  return k;
}

static int even(int x) { return x % 2 == 0; }

int main(void) {
  row m[4] = {{1, 2, 3, 4}, {5, 6, 7, 8}, {9, 10, 11, 12}, {13, 14, 15, 16}};
  printf("trace %d\n", trace(m, 4));
  int flat[8] = {1, 2, 3, 4, 5, 6, 7, 8};
  row *as_rows = (row *)flat;
  printf("%d %d\n", as_rows[1][0], trace(as_rows, 2));
  printf("evens %d\n", count(even, flat, 8));
  return trace(m, 4);
}
