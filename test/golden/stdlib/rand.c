// rand and srand: the same seed gives the same sequence (glibc's generator), values within RAND_MAX.
#include <stdio.h>
#include <stdlib.h>

int main(void) {
  unsigned seeds[] = {1, 2, 42, 12345};
  for (int s = 0; s < 4; s++) {
    srand(seeds[s]);
    printf("seed %u:", seeds[s]);
    for (int i = 0; i < 5; i++) printf(" %d", rand());
    printf("\n");
  }
  srand(7);
  int a = rand(), b = rand();
  srand(7);
  printf("repeatable: %d\n", a == rand() && b == rand());
  int hist[6] = {0};
  for (int i = 0; i < 6000; i++) hist[rand() % 6]++;
  for (int i = 0; i < 6; i++) printf("%d ", hist[i]);
  printf("\nmax %d\n", RAND_MAX);
  return 0;
}
