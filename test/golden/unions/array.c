// Arrays of unions and unions of arrays: a variant table walked by index.
int printf(const char *, ...);

union cell { int n; char text[8]; };
struct row { char kind; union cell cell; };

int main(void) {
  struct row rows[4] = {{'n', {.n = 12}}, {'t', {.text = "seven"}}, {'n', {.n = -3}}, {'t', {.text = "ok"}}};
  int sum = 0, chars = 0;
  for (int i = 0; i < 4; i++) {
    if (rows[i].kind == 'n') {
      sum += rows[i].cell.n;
      printf("%d: number %d\n", i, rows[i].cell.n);
    } else {
      for (const char *p = rows[i].cell.text; *p; p++) chars++;
      printf("%d: text %s\n", i, rows[i].cell.text);
    }
  }
  printf("sum %d chars %d size %d\n", sum, chars, (int)sizeof rows);
  return sum + chars;
}
