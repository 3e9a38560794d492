// The gcc side of abi/arrays.
int gcc_trace(int (*m)[4], int n) {
  int t = 0;
  for (int i = 0; i < n; i++) t += m[i][i];
  return t;
}

const char *gcc_name(int i) {
  static const char *const names[] = {"zero", "one", "two"};
  return i >= 0 && i < 3 ? names[i] : "many";
}

int gcc_fill(char *buf, int size, char c) {
  int i = 0;
  for (; i < size - 1; i++) buf[i] = c;
  buf[i] = 0;
  return i;
}

void gcc_sort(int *v, int n, int (*cmp)(int, int)) {
  for (int i = 1; i < n; i++)
    for (int j = i; j > 0 && cmp(v[j - 1], v[j]) > 0; j--) {
      int t = v[j];
      v[j] = v[j - 1];
      v[j - 1] = t;
    }
}
