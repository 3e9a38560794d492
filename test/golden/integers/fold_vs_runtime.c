// The same operations on edge values done twice: on constants (the compiler folds them) and on
// volatile copies (computed at run time); both must agree with gcc.
int printf(const char *, ...);


static volatile int va, vb;
static volatile unsigned ua, ub;
static int count, differ;

static void check(int folded, int computed) {
  count++;
  if (folded != computed) differ++;
  printf("%d%s", folded, count % 13 == 0 ? "\n" : " ");
}

#define RUN_INT(a, b)                                                                      \
  do {                                                                                     \
    va = a; vb = b;                                                                        \
    int folded[] = { a + b, a - b, a * b, a / b, a % b, a & b, a | b, a ^ b, a < b, a == b, a >> 3, ~a, -a }; \
    int va_ = va, vb_ = vb;                                                                \
    int runtime[] = { va_ + vb_, va_ - vb_, va_ * vb_, va_ / vb_, va_ % vb_, va_ & vb_, va_ | vb_, va_ ^ vb_, \
                      va_ < vb_, va_ == vb_, va_ >> 3, ~va_, -va_ };                      \
    for (int i = 0; i < 13; i++) check(folded[i], runtime[i]);                              \
  } while (0)
#define RUN_UNSIGNED(a, b)                                                                 \
  do {                                                                                     \
    ua = a; ub = b;                                                                        \
    unsigned folded[] = { a + b, a - b, a * b, a / b, a % b, a & b, a | b, a ^ b, a < b, a == b, a >> 3, ~a, -a }; \
    unsigned x = ua, y = ub;                                                               \
    unsigned runtime[] = { x + y, x - y, x * y, x / y, x % y, x & y, x | y, x ^ y, x < y, x == y, x >> 3, ~x, -x }; \
    for (int i = 0; i < 13; i++) check((int)folded[i], (int)runtime[i]);                    \
  } while (0)

int main(void) {
  RUN_INT(7, 3);
  RUN_INT(-7, 3);
  RUN_INT(7, -3);
  RUN_INT(-7, -3);
  RUN_INT(1000, 1);
  RUN_INT(-1000, -1);
  RUN_INT(-2147483647, 1);
  RUN_INT(46340, 46340);
  RUN_UNSIGNED(7u, 3u);
  RUN_UNSIGNED(0xffffffffu, 2u);
  RUN_UNSIGNED(0x80000000u, 0xffffffffu);
  RUN_UNSIGNED(1u, 0x80000001u);
  RUN_UNSIGNED(0xfffffffeu, 0xfffffffdu);
  printf("%d checks, %d differ\n", count, differ);
  return differ;
}
