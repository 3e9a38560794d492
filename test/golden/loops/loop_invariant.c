// Expressions that do not change inside a loop (a hoisting candidate) and ones that do.
int printf(const char *, ...);

static int scale = 3;

int main(void) {
  int a[16], n = 16, base = 7;
  for (int i = 0; i < n; i++) a[i] = base * scale + i * (base - scale);
  int sum = 0;
  for (int i = 0; i < n; i++) {
    int inv = n * base + scale; /* invariant */
    sum += a[i] + inv;
    if (i == 8) scale = 5; /* a global changed in the loop: reloaded after */
    sum += scale;
  }
  printf("a[0] %d a[15] %d sum %d scale %d\n", a[0], a[15], sum, scale);
  return sum % 256;
}
