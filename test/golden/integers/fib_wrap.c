// Fibonacci numbers past 2^32: unsigned addition wraps, and F(n) mod 2^32 still satisfies the
// recurrence; the last that fits is F(47).
int printf(const char *, ...);

int main(void) {
  unsigned a = 0, b = 1;
  int last_fit = 0;
  for (int n = 1; n <= 60; n++) {
    unsigned next = a + b;
    if (next < b) { /* wrapped */
      if (last_fit == 0) last_fit = n;
    }
    a = b;
    b = next;
    if (n % 5 == 0 || (n >= 45 && n <= 49)) printf("F(%d) = %u\n", n + 1, b);
  }
  printf("first wrap at F(%d)\n", last_fit + 1);
  return last_fit + 1;
}
