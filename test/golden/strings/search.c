// Substring search by hand: every occurrence, overlapping ones too, and the empty needle.
int printf(const char *, ...);

static const char *find(const char *h, const char *n) {
  for (;; h++) {
    const char *a = h, *b = n;
    while (*b && *a == *b) a++, b++;
    if (*b == 0) return h;
    if (*h == 0) return 0;
  }
}

static int count(const char *h, const char *n) {
  int k = 0;
  for (const char *p = find(h, n); p && *p; p = find(p + 1, n)) k++;
  return k;
}

int main(void) {
  const char *text = "abracadabra, abracadabra";
  const char *needles[] = {"abra", "cad", "a", "aa", "bra,", "zzz", "abracadabra, abracadabra!"};
  for (int i = 0; i < 7; i++) {
    const char *at = find(text, needles[i]);
    printf("%-28s first %3d count %d\n", needles[i], at ? (int)(at - text) : -1, count(text, needles[i]));
  }
  printf("overlapping 'aa' in 'aaaa': %d\n", count("aaaa", "aa"));
  printf("empty needle at %d\n", (int)(find(text, "") - text));
  return count(text, "a");
}
