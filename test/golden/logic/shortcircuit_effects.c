// Side effects in the operands of && and ||: the right operand's increments happen only when it
// is evaluated, and there is a sequence point after the left operand.
int printf(const char *, ...);

int main(void) {
  int i = 0, j = 0;
  int r1 = i++ && j++; /* i was 0: j++ is skipped */
  printf("r1=%d i=%d j=%d\n", r1, i, j);
  int r2 = i++ && j++; /* i was 1: j++ runs */
  printf("r2=%d i=%d j=%d\n", r2, i, j);
  int r3 = i-- || j--; /* i was 2: j-- is skipped */
  printf("r3=%d i=%d j=%d\n", r3, i, j);
  int k = 0;
  int r4 = k++ || k++ || k++; /* 0, then 1: stops */
  printf("r4=%d k=%d\n", r4, k);
  int n = 5, steps = 0;
  while (n > 0 && (steps++, n--)) {}
  printf("steps=%d n=%d\n", steps, n);
  int a[3] = { 1, 2, 0 }, idx = 0;
  while (idx < 3 && a[idx] != 0) idx++; /* the bound is checked before the access */
  printf("first zero at %d\n", idx);
  return i * 10 + j;
}
