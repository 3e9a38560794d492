// Pointers cast to unsigned integers and back: alignment checks, address arithmetic, round trips.
int printf(const char *, ...);

int main(void) {
  int words[4] = { 1, 2, 3, 4 };
  unsigned a0 = (unsigned)&words[0], a2 = (unsigned)&words[2];
  printf("distance in bytes %u\n", a2 - a0);
  printf("aligned to 4: %d\n", (a0 & 3) == 0);
  int *back = (int *)(a0 + 3 * sizeof(int));
  printf("through the integer: %d\n", *back);
  char *bytes = (char *)words;
  unsigned misaligned = (unsigned)(bytes + 1);
  printf("bytes + 1 aligned: %d\n", (misaligned & 3) == 0);
  unsigned long l = (unsigned long)words;
  printf("long round trip equal: %d\n", (int *)l == words);
  void *null = (void *)0;
  printf("null as integer: %u\n", (unsigned)null);
  return *back;
}
