// Compound assignment through a moving pointer to narrow elements: *p++ += k evaluates p once.
int printf(const char *, ...);

int main(void) {
  unsigned char bytes[6] = { 250, 251, 252, 253, 254, 255 };
  unsigned char *p = bytes;
  for (int i = 0; i < 6; i++) *p++ += 10;
  for (int i = 0; i < 6; i++) printf("%d ", bytes[i]);
  printf("p - bytes = %d\n", (int)(p - bytes));
  short halves[4] = { 32767, -32768, 1000, -1000 };
  short *h = halves + 4;
  while (h != halves) *--h *= 3;
  for (int i = 0; i < 4; i++) printf("%d ", halves[i]);
  printf("\n");
  signed char s[3] = { 100, -100, 0 };
  signed char *q = s;
  *q++ -= 50;
  *q++ -= 50;
  *q++ -= 50;
  printf("%d %d %d\n", s[0], s[1], s[2]);
  return bytes[5];
}
