// File-scope arrays: initialized, partly initialized (the rest zero), and written by functions.
int printf(const char *, ...);

int squares[10] = { 0, 1, 4, 9 };
unsigned char bytes[300];
short table[3][3] = { { 1 }, { 2, 3 }, { 4, 5, 6 } };

static void fill(void) {
  for (int i = 4; i < 10; i++) squares[i] = i * i;
  for (int i = 0; i < 300; i++) bytes[i] = (unsigned char)i;
}

int main(void) {
  printf("before: squares[5] %d, bytes[299] %d\n", squares[5], bytes[299]);
  fill();
  int s = 0;
  for (int i = 0; i < 10; i++) s += squares[i];
  printf("sum of squares %d, bytes[299] %d\n", s, bytes[299]);
  for (int i = 0; i < 3; i++) printf("%d %d %d\n", table[i][0], table[i][1], table[i][2]);
  return s % 256;
}
