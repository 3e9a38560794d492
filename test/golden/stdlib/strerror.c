// strerror's messages for common error numbers, worded as glibc's.
#include <stdio.h>
#include <string.h>

int main(void) {
  int nums[] = {1, 2, 5, 9, 12, 13, 17, 20, 21, 22, 28, 32, 34, 38};
  for (int i = 0; i < 14; i++) printf("%d: %s\n", nums[i], strerror(nums[i]));
  return 0;
}
