// char and short operands are promoted to int before arithmetic: no wrap in the intermediate.
int printf(const char *, ...);

int main(void) {
  char a = 100, b = 100;
  int sum = a + b; /* 200: computed in int */
  char wrapped = (char)(a + b);
  printf("a + b = %d, as char %d\n", sum, wrapped);
  unsigned char x = 200, y = 100;
  printf("x + y = %d, x - y = %d, y - x = %d\n", x + y, x - y, y - x);
  printf("x * y = %d\n", x * y);
  short s = 30000, t = 30000;
  printf("s + t = %d\n", s + t);
  unsigned short us = 65535;
  printf("us + 1 = %d, (unsigned short)(us + 1) = %d\n", us + 1, (unsigned short)(us + 1));
  printf("sizeof(a + b) = %u, sizeof(a) = %u, sizeof(+a) = %u\n", (unsigned)sizeof(a + b), (unsigned)sizeof a, (unsigned)sizeof(+a));
  return x - y;
}
