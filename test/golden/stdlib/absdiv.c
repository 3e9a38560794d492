// abs, labs, div and ldiv: truncating division toward zero, remainders taking the dividend's sign.
#include <stdio.h>
#include <stdlib.h>

int main(void) {
  printf("%d %d %d %ld %ld\n", abs(-5), abs(5), abs(0), labs(-123456789L), labs(2147483647L));
  int nums[] = {7, -7, 7, -7, 0, 2147483647, -2147483647};
  int dens[] = {2, 2, -2, -2, 3, 10, 10};
  for (int i = 0; i < 7; i++) {
    div_t d = div(nums[i], dens[i]);
    ldiv_t l = ldiv(nums[i], dens[i]);
    printf("%d / %d = %d r %d (ldiv %ld r %ld)\n", nums[i], dens[i], d.quot, d.rem, l.quot, l.rem);
  }
  div_t q = div(100, 7);
  return q.quot * 7 + q.rem == 100 ? q.rem : 255;
}
