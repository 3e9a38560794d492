// Chains like a < b < c parse as (a < b) < c; the program shows the difference from a < b && b < c.
int printf(const char *, ...);

int main(void) {
  int triples[][3] = { { 1, 2, 3 }, { 3, 2, 1 }, { 5, 0, 1 }, { -1, 0, 0 }, { 2, 2, 2 } };
  for (int i = 0; i < 5; i++) {
    int a = triples[i][0], b = triples[i][1], c = triples[i][2];
    int chained = (a < b) < c, proper = a < b && b < c;
    int eq_chain = (a == b) == c, all_eq = a == b && b == c;
    printf("%2d %2d %2d: (a<b)<c %d, a<b&&b<c %d, (a==b)==c %d, all equal %d\n", a, b, c, chained, proper, eq_chain, all_eq);
  }
  return 0;
}
