// The values of &&, || and ! are ints 0 or 1 and can be stored, summed, shifted and compared.
int printf(const char *, ...);

int main(void) {
  int a = 7, b = 0, c = -3;
  int x = (a && c) + (a || b) + !b + !!c;
  printf("x = %d\n", x);
  int bits = (a > 0) << 2 | (b > 0) << 1 | (c > 0);
  printf("bits = %d\n", bits);
  unsigned char flag = a && c;
  printf("flag = %d, sizeof(a && c) = %u\n", flag, (unsigned)sizeof(a && c));
  int eq = (a && c) == (c && a);
  int neq = !a == !b;
  printf("eq = %d, neq = %d\n", eq, neq);
  int table[2][2] = { { 10, 20 }, { 30, 40 } };
  printf("table[!b][!!b] = %d\n", table[!b][!!b]);
  return x;
}
