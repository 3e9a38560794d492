// Deeply mixed && and || with calls that log their evaluation order.
int printf(const char *, ...);

static char log_buf[64];
static int log_len;
static int v(char name, int value) { log_buf[log_len++] = name; return value; }

static void run(const char *what, int result) {
  log_buf[log_len] = 0;
  printf("%-28s = %d  evaluated %s\n", what, result, log_buf);
  log_len = 0;
}

int main(void) {
  run("a0 && b1 || c1", (v('a', 0) && v('b', 1)) || v('c', 1));
  run("a1 || b0 && c0", v('a', 1) || (v('b', 0) && v('c', 0)));
  run("(a0 || b1) && (c0 || d1)", (v('a', 0) || v('b', 1)) && (v('c', 0) || v('d', 1)));
  run("!(a1 && b0) && c1", !(v('a', 1) && v('b', 0)) && v('c', 1));
  run("a0 || b0 || c0 || d1", v('a', 0) || v('b', 0) || v('c', 0) || v('d', 1));
  run("a1 && b1 && c1 && d0 && e1", v('a', 1) && v('b', 1) && v('c', 1) && v('d', 0) && v('e', 1));
  run("(a1 && b0) || (c1 && d1)", (v('a', 1) && v('b', 0)) || (v('c', 1) && v('d', 1)));
  return 0;
}
