// ABI: arrays and strings across — 2-D arrays by pointer, strings returned by gcc, buffers filled.
int printf(const char *, ...);

/* gcc side */
int gcc_trace(int (*m)[4], int n);
const char *gcc_name(int i);
int gcc_fill(char *buf, int size, char c);
void gcc_sort(int *v, int n, int (*cmp)(int, int));

/* called by gcc */
int logos_desc(int a, int b) { return b - a; }

int main(void) {
  int m[4][4];
  for (int i = 0; i < 4; i++)
    for (int j = 0; j < 4; j++) m[i][j] = i * 4 + j;
  printf("trace %d %d\n", gcc_trace(m, 4), gcc_trace(m + 1, 3));
  for (int i = 0; i < 4; i++) printf("%s ", gcc_name(i));
  printf("\n");
  char buf[10];
  int n = gcc_fill(buf, sizeof buf, '*');
  printf("%s %d\n", buf, n);
  int v[] = {3, 9, -1, 7, 0};
  gcc_sort(v, 5, logos_desc);
  for (int i = 0; i < 5; i++) printf("%d ", v[i]);
  printf("\n");
  return v[0];
}
