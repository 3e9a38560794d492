// Jumping backward over a declaration with an initializer runs the initializer again.
int printf(const char *, ...);

int main(void) {
  int rounds = 0, total = 0;
again:;
  int fresh = 10;
  int arr[3] = {rounds, rounds * 2, 7};
  fresh += rounds;
  total += fresh + arr[0] + arr[1] + arr[2];
  printf("round %d: fresh %d arr %d %d %d\n", rounds, fresh, arr[0], arr[1], arr[2]);
  if (++rounds < 4) goto again;
  printf("total %d\n", total);
  return total;
}
