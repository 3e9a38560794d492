// A local array of 16 KiB and locals beside it: large frame offsets, addressed correctly.
int printf(const char *, ...);

static unsigned checksum(const unsigned *p, int n) {
  unsigned s = 0;
  for (int i = 0; i < n; i++) s = s * 31 + p[i];
  return s;
}

int main(void) {
  int before = 0x11111111;
  unsigned big[4096];
  int after = 0x22222222;
  for (int i = 0; i < 4096; i++) big[i] = (unsigned)i * 2654435761u;
  printf("big[0] %u, big[4095] %u\n", big[0], big[4095]);
  printf("checksum %08x\n", checksum(big, 4096));
  printf("before %08x after %08x\n", before, after);
  char small[3] = { 'o', 'k', 0 };
  printf("%s\n", small);
  return before == 0x11111111 && after == 0x22222222 ? 0 : 1;
}
