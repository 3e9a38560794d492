// The Ackermann function: deep, non-primitive recursion with small arguments.
int printf(const char *, ...);

static unsigned calls;

static unsigned ack(unsigned m, unsigned n) {
  calls++;
  if (m == 0) return n + 1;
  if (n == 0) return ack(m - 1, 1);
  return ack(m - 1, ack(m, n - 1));
}

int main(void) {
  for (unsigned m = 0; m <= 3; m++) {
    for (unsigned n = 0; n <= 4; n++) {
      calls = 0;
      unsigned a = ack(m, n);
      printf("ack(%u, %u) = %3u in %5u calls\n", m, n, a, calls);
    }
  }
  return (int)ack(2, 3);
}
