// Prefix sums: range sums in constant time, compared with direct summation over every range.
int printf(const char *, ...);

int main(void) {
  int a[32], prefix[33];
  for (int i = 0; i < 32; i++) a[i] = (i * 37) % 19 - 9;
  prefix[0] = 0;
  for (int i = 0; i < 32; i++) prefix[i + 1] = prefix[i] + a[i];
  int bad = 0, best = a[0], best_i = 0, best_j = 1;
  for (int i = 0; i < 32; i++)
    for (int j = i + 1; j <= 32; j++) {
      int direct = 0;
      for (int k = i; k < j; k++) direct += a[k];
      if (direct != prefix[j] - prefix[i]) bad++;
      if (direct > best) { best = direct; best_i = i; best_j = j; }
    }
  printf("total %d, best range [%d, %d) sums to %d, mismatches %d\n", prefix[32], best_i, best_j, best, bad);
  return best;
}
