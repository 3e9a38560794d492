// Counting sort: a count array indexed by the values, prefix sums, and a stable placement.
int printf(const char *, ...);

int main(void) {
  int in[20] = { 5, 3, 9, 0, 3, 7, 5, 5, 1, 8, 2, 9, 0, 4, 6, 3, 7, 1, 2, 5 };
  int count[10] = { 0 }, out[20];
  for (int i = 0; i < 20; i++) count[in[i]]++;
  for (int v = 0; v < 10; v++) printf("%d", count[v]);
  printf("\n");
  for (int v = 1; v < 10; v++) count[v] += count[v - 1];
  for (int i = 19; i >= 0; i--) out[--count[in[i]]] = in[i];
  for (int i = 0; i < 20; i++) printf("%d ", out[i]);
  printf("\n");
  int sorted = 1;
  for (int i = 1; i < 20; i++) sorted &= out[i - 1] <= out[i];
  return sorted;
}
