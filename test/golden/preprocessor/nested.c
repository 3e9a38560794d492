// Nested macro calls: arguments are fully expanded before substitution (unless # or ## uses them).
int printf(const char *, ...);

#define ADD(a, b) ((a) + (b))
#define MUL(a, b) ((a) * (b))
#define SQ(x) MUL(x, x)
#define POLY(x) ADD(ADD(SQ(x), MUL(3, x)), 2)
#define STR(x) #x
#define XSTR(x) STR(x)

int main(void) {
  printf("%d\n", ADD(MUL(2, 3), SQ(4)));
  for (int x = -2; x <= 2; x++) printf("p(%d) = %d\n", x, POLY(x));
  printf("%s\n", STR(SQ(2)));
  printf("%s\n", XSTR(SQ(2)));
  return POLY(3);
}
