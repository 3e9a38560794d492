// Signed / and % round toward zero for every sign combination, and (a/b)*b + a%b == a always.
int printf(const char *, ...);

int main(void) {
  int values[] = { 7, -7, 8, -8, 1, -1, 0, 2147483647, -2147483647 - 1 };
  int divisors[] = { 3, -3, 2, -2, 7, -7, 1, 100000 };
  int bad = 0;
  for (int i = 0; i < 9; i++) {
    for (int j = 0; j < 8; j++) {
      int a = values[i], b = divisors[j];
      int q = a / b, r = a % b;
      if (q * b + r != a) bad++;
      if (r != 0 && (r < 0) != (a < 0)) bad++; /* the remainder takes the dividend's sign */
      if (i < 4 && j < 4) printf("%3d / %2d = %2d   %3d %% %2d = %2d\n", a, b, q, a, b, r);
    }
  }
  printf("identity failures: %d\n", bad);
  return bad;
}
