// Only the taken branch's calls happen: side effects in the branches of if/else and ?:.
int printf(const char *, ...);

static int a_calls, b_calls;
static int a(void) { return ++a_calls; }
static int b(void) { return ++b_calls; }

int main(void) {
  for (int i = 0; i < 10; i++) {
    if (i % 3 == 0) a();
    else b();
  }
  printf("if/else: a %d, b %d\n", a_calls, b_calls);
  int sum = 0;
  for (int i = 0; i < 10; i++) sum += i & 1 ? a() : b();
  printf("?: a %d, b %d, sum %d\n", a_calls, b_calls, sum);
  if (a_calls > 100) b();
  else if (b_calls > 100) a();
  printf("neither: a %d, b %d\n", a_calls, b_calls);
  return a_calls * 16 + b_calls;
}
