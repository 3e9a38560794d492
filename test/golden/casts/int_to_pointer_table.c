// Storing small integers in pointer-sized slots and back (uintptr-style tagging of low bits).
int printf(const char *, ...);

int main(void) {
  static int objects[4] = { 10, 20, 30, 40 };
  unsigned slots[4];
  for (int i = 0; i < 4; i++) slots[i] = (unsigned)&objects[i] | (unsigned)(i & 3); /* tag the low bits */
  int sum = 0, tags = 0;
  for (int i = 0; i < 4; i++) {
    int *p = (int *)(slots[i] & ~3u);
    tags += (int)(slots[i] & 3u);
    sum += *p;
  }
  printf("sum %d tags %d\n", sum, tags);
  void *v = (void *)(unsigned)0x1000;
  printf("v %u\n", (unsigned)v + 4);
  return sum / 10;
}
