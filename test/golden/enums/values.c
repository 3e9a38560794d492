// Enumeration constants: implicit values counting on from the last explicit one, negatives, repeats.
int printf(const char *, ...);

enum a { A0, A1, A2 };
enum b { B0 = 5, B1, B2 = 10, B3, B4 = B1 + B3 };
enum c { C0 = -3, C1, C2, C3 };
enum d { D0 = 1, D1 = 1, D2 = 0, D3 };
enum e { E0 = 'a', E1, E2 = 'z' };

int main(void) {
  printf("%d %d %d\n", A0, A1, A2);
  printf("%d %d %d %d %d\n", B0, B1, B2, B3, B4);
  printf("%d %d %d %d\n", C0, C1, C2, C3);
  printf("%d %d %d %d\n", D0, D1, D2, D3);
  printf("%c %c %c\n", E0, E1, E2);
  printf("%d\n", (int)sizeof(enum b));
  return B4;
}
