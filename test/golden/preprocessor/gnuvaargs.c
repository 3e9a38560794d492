// GNU's , ## __VA_ARGS__: the comma disappears when no variable arguments are given.
int printf(const char *, ...);

#define LOG(fmt, ...) printf("log: " fmt "\n", ##__VA_ARGS__)
#define COUNT_ARGS(...) COUNT_ARGS_(0, ##__VA_ARGS__, 4, 3, 2, 1, 0)
#define COUNT_ARGS_(z, a, b, c, d, n, ...) n

int main(void) {
  LOG("no arguments");
  LOG("one: %d", 1);
  LOG("two: %d %s", 2, "two");
  printf("%d %d %d\n", COUNT_ARGS(), COUNT_ARGS(x), COUNT_ARGS(x, y, z));
  return COUNT_ARGS(a, b);
}
