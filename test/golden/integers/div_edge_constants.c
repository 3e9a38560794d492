// Division and remainder by unusual constants — 1, -1, 2^30, 0x80000000u, 0xffffffffu,
// 0x80000001u, 641 — at run time, where compilers replace them with multiplies and shifts.
int printf(const char *, ...);

static volatile int sv[] = { 0, 1, -1, 5, -5, 1073741824, -1073741824, 2147483647, -2147483647 };
static volatile unsigned uv[] = { 0, 1, 640, 641, 0x7fffffffu, 0x80000000u, 0x80000001u, 0xfffffffeu, 0xffffffffu };

int main(void) {
  for (int i = 0; i < 9; i++) {
    int x = sv[i];
    printf("%11d: /1 %d /-1 %d %%1 %d %%-1 %d /2^30 %d %%2^30 %d /-2^30 %d /641 %d %%641 %d\n", x, x / 1,
           x / -1, x % 1, x % -1, x / 1073741824, x % 1073741824, x / -1073741824, x / 641, x % 641);
  }
  for (int i = 0; i < 9; i++) {
    unsigned u = uv[i];
    printf("%10u: /2^31 %u %%2^31 %u /max %u %%max %u /0x80000001 %u %%0x80000001 %u /641 %u /7 %u %%7 %u\n", u,
           u / 0x80000000u, u % 0x80000000u, u / 0xffffffffu, u % 0xffffffffu, u / 0x80000001u,
           u % 0x80000001u, u / 641u, u / 7u, u % 7u);
  }
  return 0;
}
