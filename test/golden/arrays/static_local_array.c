// A static array local to a function: a ring buffer keeping the last values across calls.
int printf(const char *, ...);

static int push_and_sum(int v) {
  static int ring[4];
  static int pos;
  ring[pos] = v;
  pos = (pos + 1) % 4;
  return ring[0] + ring[1] + ring[2] + ring[3];
}

int main(void) {
  int last = 0;
  for (int i = 1; i <= 10; i++) {
    last = push_and_sum(i * i);
    printf("after %d: %d\n", i, last);
  }
  return last % 256;
}
