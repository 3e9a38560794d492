// A compound statement's declarations are freshly created on each entry, including arrays with
// initializers that depend on the loop variable.
int printf(const char *, ...);

int main(void) {
  int grand = 0;
  for (int i = 1; i <= 4; i++) {
    int row[4] = { i, i * i, i * i * i };
    int sum = 0;
    for (int j = 0; j < 4; j++) {
      int cell = row[j] * (j + 1);
      sum += cell;
    }
    {
      int sum = -1; /* hides the outer sum for this block only */
      (void)sum;
    }
    printf("row %d sum %d\n", i, sum);
    grand += sum;
  }
  printf("grand %d\n", grand);
  return grand % 256;
}
