// String hashing: FNV-1a and djb2 over generated words, with a small open-addressing table.
int printf(const char *, ...);

static char words[4096][12];
static int slots[8192];

static unsigned fnv1a(const char *s) {
  unsigned h = 2166136261u;
  while (*s) h = (h ^ (unsigned char)*s++) * 16777619u;
  return h;
}

static unsigned djb2(const char *s) {
  unsigned h = 5381;
  for (; *s; s++) h = h * 33 + (unsigned char)*s;
  return h;
}

int main(void) {
  for (int i = 0; i < 4096; i++) {
    unsigned v = (unsigned)i * 2654435761u;
    int n = 4 + i % 7;
    for (int k = 0; k < n; k++) words[i][k] = (char)('a' + (v >> (k * 3)) % 26);
    words[i][n] = 0;
  }
  unsigned mix = 0;
  int collisions = 0;
  for (int round = 0; round < 40; round++) {
    for (int i = 0; i < 8192; i++) slots[i] = -1;
    for (int i = 0; i < 4096; i++) {
      unsigned h = (fnv1a(words[i]) ^ djb2(words[i]) ^ (unsigned)round) & 8191;
      while (slots[h] >= 0) {
        collisions++;
        h = (h + 1) & 8191;
      }
      slots[h] = i;
      mix += h;
    }
  }
  printf("%u %d\n", mix, collisions);
  return 0;
}
