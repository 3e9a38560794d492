// sizeof does not evaluate its operand: side effects inside it never happen.
int printf(const char *, ...);

static int calls;
static int f(void) { calls++; return 1; }

int main(void) {
  int i = 0;
  unsigned s1 = sizeof(i++);
  unsigned s2 = sizeof(f());
  unsigned s3 = sizeof(char) + sizeof(short) + sizeof(int) + sizeof(long) + sizeof(void *);
  char buf[17];
  unsigned s4 = sizeof buf, s5 = sizeof buf[0], s6 = sizeof(buf + 0);
  printf("sizeof(i++) = %u, i = %d\n", s1, i);
  printf("sizeof(f()) = %u, calls = %d\n", s2, calls);
  printf("sum of basic sizes = %u\n", s3);
  printf("sizeof buf = %u, sizeof buf[0] = %u, sizeof(buf + 0) = %u\n", s4, s5, s6);
  printf("sizeof(char)*3 = %u\n", (unsigned)(sizeof(char) * 3));
  return i + calls;
}
