// Scalars initialized in braces, and constant expressions in static initializers.
int printf(const char *, ...);

int a = {5};
int b = 3 * 4 + (1 << 4) - sizeof(int);
unsigned c = ~0u >> 4;
int d = (int)sizeof(struct { char x[17]; });
int e = 'a' == 97 ? 100 : 200;
int f = -(-7) % 4;
enum { K = 6 };
int g = K * K;
char *np = 0;
int arr[] = {K, K * 2, sizeof(long) / 2};

int main(void) {
  int la = {7}, *lp = {&la};
  printf("%d %d %x %d %d %d %d %d\n", a, b, c, d, e, f, g, np == 0);
  printf("%d %d %d %d\n", la, *lp, arr[1], arr[2]);
  return b;
}
