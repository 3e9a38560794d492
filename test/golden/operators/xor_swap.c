// Exchanging values with ^=, with + and -, and through a temporary — all three agree.
int printf(const char *, ...);

int main(void) {
  int a = 123456, b = -987;
  a ^= b; b ^= a; a ^= b;
  printf("xor swap: a = %d, b = %d\n", a, b);
  unsigned x = 0xfffffff0u, y = 0x20u;
  x += y; y = x - y; x -= y; /* wraps both ways, still right */
  printf("add swap: x = %u, y = %u\n", x, y);
  int arr[5] = { 1, 2, 3, 4, 5 };
  for (int i = 0, j = 4; i < j; i++, j--) {
    int t = arr[i];
    arr[i] = arr[j];
    arr[j] = t;
  }
  printf("reversed: %d %d %d %d %d\n", arr[0], arr[1], arr[2], arr[3], arr[4]);
  return a == -987 && b == 123456 ? 0 : 1;
}
