// Driver for arith.ir: the same functions in C (the reference build, -DREFERENCE), and a main
// that prints their results for a table of operands.
#include <stdio.h>

#ifdef REFERENCE
void ops(int a, int b, int *out) {
  int s = b & 31;
  unsigned ua = a;
  out[0] = a + b; out[1] = a - b; out[2] = (int)((unsigned)a * (unsigned)b); out[3] = a & b;
  out[4] = a | b; out[5] = a ^ b; out[6] = (int)(ua << s); out[7] = (int)(ua >> s);
  out[8] = a >> s; out[9] = (int)(0u - ua); out[10] = ~a; out[11] = (int)(100u - ua);
  out[12] = (int)(1u << s); out[13] = (int)(ua * (unsigned)-7); out[14] = a >> 3;
  out[15] = (int)(ua >> 31);
}
int reuse(int a, int b) {
  unsigned d = (unsigned)a - (unsigned)b, e = (unsigned)a << (b & 31), f = (unsigned)a * (unsigned)a;
  return (int)(((d + e) ^ f) + 997u);
}
void divide(int a, int b, int *out) {
  out[0] = a / b; out[1] = a % b; out[2] = (int)((unsigned)a / (unsigned)b);
  out[3] = (int)((unsigned)a % (unsigned)b); out[4] = a / 7; out[5] = (int)((unsigned)a % 10u);
  out[6] = 1000000 / b;
}
#else
void ops(int a, int b, int *out);
int reuse(int a, int b);
void divide(int a, int b, int *out);
#endif

int main(void) {
  static const int values[] = {0, 1, -1, 7, -7, 100, 12345, -99999, 0x7fffffff, -0x7fffffff - 1, 31, 33};
  int n = sizeof values / sizeof values[0];
  for (int i = 0; i < n; i++)
    for (int j = 0; j < n; j++) {
      int a = values[i], b = values[j], out[16];
      ops(a, b, out);
      printf("ops(%d, %d):", a, b);
      for (int k = 0; k < 16; k++) printf(" %d", out[k]);
      printf("\nreuse(%d, %d) = %d\n", a, b, reuse(a, b));
      if (b != 0 && !(b == -1 && a == -0x7fffffff - 1)) {
        divide(a, b, out);
        printf("divide(%d, %d):", a, b);
        for (int k = 0; k < 7; k++) printf(" %d", out[k]);
        printf("\n");
      }
    }
  return 0;
}
