// malloc, calloc, realloc and free: contents survive realloc, calloc zeroes, blocks do not overlap.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(void) {
  int *v = malloc(4 * sizeof *v);
  for (int i = 0; i < 4; i++) v[i] = i * i;
  for (int n = 8; n <= 4096; n *= 2) {
    v = realloc(v, n * sizeof *v);
    for (int i = n / 2; i < n; i++) v[i] = i * i;
  }
  long sum = 0;
  for (int i = 0; i < 4096; i++) sum += v[i] == i * i;
  printf("realloc kept %ld of 4096\n", sum);
  free(v);
  unsigned char *z = calloc(1000, 3);
  int zeros = 0;
  for (int i = 0; i < 3000; i++) zeros += z[i] == 0;
  printf("calloc zeros %d\n", zeros);
  free(z);
  char *blocks[50];
  for (int i = 0; i < 50; i++) {
    blocks[i] = malloc(i * 7 + 1);
    memset(blocks[i], 'a' + i % 26, i * 7);
    blocks[i][i * 7] = 0;
  }
  int intact = 0;
  for (int i = 0; i < 50; i++) {
    int ok = (int)strlen(blocks[i]) == i * 7;
    for (int k = 0; k < i * 7; k++) ok &= blocks[i][k] == 'a' + i % 26;
    intact += ok;
    if (i % 2) free(blocks[i]);
  }
  printf("intact %d\n", intact);
  for (int i = 0; i < 50; i += 2) free(blocks[i]);
  char *big = malloc(1 << 20);
  big[0] = 1, big[(1 << 20) - 1] = 2;
  printf("big %d %d\n", big[0], big[(1 << 20) - 1]);
  free(big);
  free(0);
  printf("aligned %d\n", ((unsigned long)malloc(3) & 7) == 0);
  return intact;
}
