// An array of char pointers sorted by hand (insertion sort): only the pointers move.
int printf(const char *, ...);

static int cmp(const char *a, const char *b) {
  while (*a && *a == *b) a++, b++;
  return (unsigned char)*a - (unsigned char)*b;
}

int main(void) {
  const char *names[] = {"pear", "apple", "fig", "banana", "apricot", "cherry", "app", "Zebra"};
  const char *first = names[0];
  int n = sizeof names / sizeof names[0];
  for (int i = 1; i < n; i++) {
    const char *key = names[i];
    int j = i - 1;
    while (j >= 0 && cmp(names[j], key) > 0) {
      names[j + 1] = names[j];
      j--;
    }
    names[j + 1] = key;
  }
  for (int i = 0; i < n; i++) printf("%s%s", names[i], i + 1 < n ? " " : "\n");
  int sorted = 1;
  for (int i = 1; i < n; i++) sorted &= cmp(names[i - 1], names[i]) <= 0;
  printf("sorted: %d, pear still the same string: %d\n", sorted, names[n - 1] == first);
  return sorted ? 0 : 1;
}
