// __COUNTER__ counts up at each use, and makes unique names through token pasting.
int printf(const char *, ...);

#define CAT_(a, b) a##b
#define CAT(a, b) CAT_(a, b)
#define UNIQUE(base) CAT(base, __COUNTER__)

int main(void) {
  int first = __COUNTER__;
  int second = __COUNTER__;
  int UNIQUE(tmp) = 10;
  int UNIQUE(tmp) = 20;
  printf("%d %d\n", first, second);
  printf("%d %d\n", tmp2, tmp3);
  printf("%d\n", __COUNTER__);
  return tmp2 + tmp3;
}
