// Three nested loops: counting lattice points and Pythagorean triples below a bound.
int printf(const char *, ...);

int main(void) {
  int triples = 0;
  for (int a = 1; a < 50; a++)
    for (int b = a; b < 50; b++)
      for (int c = b; c < 50; c++)
        if (a * a + b * b == c * c) {
          triples++;
          if (c < 20) printf("%d %d %d\n", a, b, c);
        }
  printf("triples with c < 50: %d\n", triples);
  int inside = 0;
  for (int x = -10; x <= 10; x++)
    for (int y = -10; y <= 10; y++) inside += x * x + y * y <= 100;
  printf("lattice points in the disc of radius 10: %d\n", inside);
  return triples;
}
