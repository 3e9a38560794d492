// Casting between pointer types: through void *, to char * for byte access, and back.
int printf(const char *, ...);

static void fill(void *dst, unsigned char byte, unsigned n) {
  unsigned char *d = dst;
  while (n--) *d++ = byte;
}

static unsigned sum_bytes(const void *src, unsigned n) {
  const unsigned char *s = (const unsigned char *)src;
  unsigned t = 0;
  while (n--) t += *s++;
  return t;
}

int main(void) {
  int a[4];
  fill(a, 0x01, sizeof a);
  printf("a[0] = %08x, a[3] = %08x\n", (unsigned)a[0], (unsigned)a[3]);
  fill((char *)a + 4, 0xff, 4);
  printf("a[1] = %d\n", a[1]);
  printf("byte sum %u\n", sum_bytes(a, sizeof a));
  void *v = a;
  int *back = v;
  printf("back[2] = %08x, same pointer: %d\n", (unsigned)back[2], back == a);
  short *sh = (short *)(void *)a;
  printf("sh[2] = %d\n", sh[2]);
  return (int)(sum_bytes(a, sizeof a) % 256);
}
