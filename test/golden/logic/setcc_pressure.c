// Comparison results stored into chars and ints while many values are live (setcc needs a byte
// register), and signed/unsigned variants of each comparison side by side.
int printf(const char *, ...);

static volatile int in[6] = { -5, 3, 2147483647, -2147483647 - 1, 0, 3 };

int main(void) {
  int a = in[0], b = in[1], c = in[2], d = in[3], e = in[4], f = in[5];
  unsigned char r[12];
  r[0] = a < b; r[1] = (unsigned)a < (unsigned)b;
  r[2] = c > d; r[3] = (unsigned)c > (unsigned)d;
  r[4] = e <= f; r[5] = b == f;
  r[6] = a >= d; r[7] = (unsigned)a >= (unsigned)d;
  r[8] = c != c; r[9] = e < 1;
  r[10] = (unsigned)e < 1u; r[11] = d < e;
  for (int i = 0; i < 12; i++) printf("%d", r[i]);
  printf("\n");
  char flags = (char)((a < b) | (c > d) << 1 | (e == 0) << 2 | (f != 3) << 3);
  printf("flags %d, live %d %d %d %d %d %d\n", flags, a, b, c, d, e, f);
  return flags;
}
