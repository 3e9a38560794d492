// Detecting signed overflow before it happens (it is undefined), and unsigned carry after it.
int printf(const char *, ...);

#define INT_MAX 0x7fffffff
#define INT_MIN (-INT_MAX - 1)

static int add_ok(int a, int b) { return b > 0 ? a <= INT_MAX - b : a >= INT_MIN - b; }
static int mul_ok(int a, int b) {
  if (a == 0 || b == 0) return 1;
  if (a > 0) return b > 0 ? a <= INT_MAX / b : b >= INT_MIN / a;
  return b > 0 ? a >= INT_MIN / b : a >= INT_MAX / b;
}
static int carry(unsigned a, unsigned b) { return a + b < a; }

int main(void) {
  int as[] = { 1, INT_MAX, INT_MIN, -1, 46341, -46341, 65536, 0 };
  int bs[] = { 1, 1, -1, INT_MIN, 46341, 46341, 32768, INT_MIN };
  for (int i = 0; i < 8; i++)
    printf("%d, %d: add %s, mul %s\n", as[i], bs[i], add_ok(as[i], bs[i]) ? "ok" : "overflows",
           mul_ok(as[i], bs[i]) ? "ok" : "overflows");
  printf("carry(0xffffffff, 1) = %d, carry(0x7fffffff, 0x7fffffff) = %d\n",
         carry(0xffffffffu, 1), carry(0x7fffffffu, 0x7fffffffu));
  return 0;
}
