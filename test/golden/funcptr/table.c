// A static table of function pointers indexed by opcode: the initializer holds function addresses.
int printf(const char *, ...);

static int add(int a, int b) { return a + b; }
static int sub(int a, int b) { return a - b; }
static int mul(int a, int b) { return a * b; }
static int max(int a, int b) { return a > b ? a : b; }

static int (*const ops[])(int, int) = {add, sub, mul, max};
static const char symbols[] = "+-*M";

int main(void) {
  int acc = 1;
  int operands[] = {5, 3, 4, 100, 2};
  for (int i = 0; i < 5; i++) {
    int op = i % 4;
    int before = acc;
    acc = ops[op](acc, operands[i]);
    printf("%d %c %d = %d\n", before, symbols[op], operands[i], acc);
  }
  printf("table size %d\n", (int)(sizeof ops / sizeof ops[0]));
  return acc;
}
