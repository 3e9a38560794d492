// Loops whose index is multiplied or shifted (induction variables) in several ways at once.
int printf(const char *, ...);

int main(void) {
  int table[64];
  for (int i = 0; i < 64; i++) table[i] = i * 7 + 3;
  int s1 = 0, s2 = 0, s3 = 0;
  for (int i = 0; i < 16; i++) {
    s1 += table[i * 4];
    s2 += table[63 - i * 3];
    s3 += table[(i << 2) + 1] - table[i];
  }
  printf("%d %d %d\n", s1, s2, s3);
  unsigned acc = 0;
  for (unsigned i = 0, j = 1; i < 32; i++, j *= 3) acc += j ^ (i * 0x01010101u);
  printf("acc %u\n", acc);
  return s1 % 256;
}
