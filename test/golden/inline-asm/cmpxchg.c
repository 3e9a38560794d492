// lock cmpxchg and xadd on a memory operand: a compare-and-swap counter and fetch-and-add.
int printf(const char *, ...);

static int cas(int *p, int expected, int desired) {
  unsigned char ok;
  __asm__ volatile("lock cmpxchg %1, %3\n\tsete %b0"
                   : "=d"(ok), "+m"(*p), "+a"(expected)
                   : "r"(desired)
                   : "memory", "cc");
  return ok;
}

static int fetch_add(int *p, int v) {
  __asm__ volatile("lock xadd %0, %1" : "+m"(*p), "+r"(v) : : "memory", "cc");
  return v;
}

int main(void) {
  int x = 5;
  printf("%d %d\n", cas(&x, 5, 9), x);
  printf("%d %d\n", cas(&x, 5, 12), x);
  int old = fetch_add(&x, 10);
  printf("old %d new %d\n", old, x);
  int total = 0;
  for (int i = 0; i < 10; i++) {
    int cur;
    do cur = total; while (!cas(&total, cur, cur + i));
  }
  printf("total %d\n", total);
  return total;
}
